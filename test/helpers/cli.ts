/**
 * The dockgate command line run as a user runs it (`node --import tsx src/cli/index.ts ARGS`):
 * its real argv parsing, environment defaults, output streams and exit code. Each run is a new
 * process that costs about half a second of CPU (tsx and the CLI's imports), so a test file keeps
 * one or two of these end-to-end cases and tests the command's exported function in process.
 * Runs are asynchronous: the cases of one test can run side by side.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;

export interface CliRun {
  /** The exit code (null when a signal ended it). */
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `dockgate ARGS` from the repository root, with `env` over this process's environment. */
export function runCli(args: readonly string[], env: Readonly<Record<string, string>> = {}): Promise<CliRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/cli/index.ts'), ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', fail);
    child.on('close', (status) => {
      done({ status, stdout, stderr });
    });
  });
}
