/**
 * Preloaded (`node --import`) into the plugin and the floor server by the benchmark, never
 * part of dockgate: answers the harness over the IPC channel with event-loop delay and
 * memory figures measured inside the process. Transpiled to .bench/ and run by plain node,
 * so the measured process carries no TypeScript loader.
 */
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';

export type ProbeCommand = 'eld-start' | 'eld-stop' | 'mem';

export interface ProbeRequest {
  readonly probe: true;
  readonly id: number;
  readonly cmd: ProbeCommand;
}

export interface EldFigures {
  /** Milliseconds; the histogram samples every `resolution` ms. */
  readonly max: number;
  readonly p99: number;
  readonly mean: number;
  readonly count: number;
}

export interface ProbeReply {
  readonly probe: true;
  readonly id: number;
  readonly eld?: EldFigures;
  readonly mem?: NodeJS.MemoryUsage;
}

function isProbeRequest(m: unknown): m is ProbeRequest {
  return typeof m === 'object' && m !== null && (m as { probe?: unknown }).probe === true;
}

const send = process.send?.bind(process);
if (send !== undefined) {
  let histogram: IntervalHistogram | undefined;
  process.on('message', (m: unknown) => {
    if (!isProbeRequest(m)) return;
    const reply: { probe: true; id: number; eld?: EldFigures; mem?: NodeJS.MemoryUsage } = { probe: true, id: m.id };
    if (m.cmd === 'eld-start') {
      histogram?.disable();
      histogram = monitorEventLoopDelay({ resolution: 1 });
      histogram.enable();
    } else if (m.cmd === 'eld-stop' && histogram !== undefined) {
      histogram.disable();
      reply.eld = { max: histogram.max / 1e6, p99: histogram.percentile(99) / 1e6, mean: histogram.mean / 1e6, count: histogram.count };
      histogram = undefined;
    } else if (m.cmd === 'mem') {
      reply.mem = process.memoryUsage();
    }
    send(reply);
  });
  // The IPC channel must not keep the process alive on its own.
  process.channel?.unref();
}
