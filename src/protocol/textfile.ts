/**
 * The metrics as a Prometheus node-exporter textfile (`--metrics-textfile`), for a managed
 * plugin that has no network: `/metrics` is only on its root-only unix socket inside the
 * plugin. The same exposition as `GET /metrics`, rewritten every interval to a temporary file
 * and renamed over the target, so the collector never reads half a file. node-exporter's
 * textfile collector (`--collector.textfile.directory`) reads every `*.prom` file of a folder.
 */
import { writeFileAtomic } from '../state/atomic-file.js';

export interface TextfileWriter {
  /** Writes now (also done at start and every interval). */
  write(): void;
  close(): void;
}

export function startTextfile(file: string, intervalMs: number, render: () => string, onError: (err: Error) => void): TextfileWriter {
  let failing = false;
  const write = (): void => {
    try {
      // World-readable: node-exporter runs as its own user; the metrics hold no secrets.
      writeFileAtomic(file, render(), { mode: 0o644, dirMode: 0o755, sync: false });
      failing = false;
    } catch (err) {
      // Reported once per failing streak, not every interval.
      if (!failing) onError(err instanceof Error ? err : new Error(String(err)));
      failing = true;
    }
  };
  write();
  const timer = setInterval(write, intervalMs);
  timer.unref();
  return {
    write,
    close() {
      clearInterval(timer);
    },
  };
}
