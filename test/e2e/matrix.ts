/**
 * Runs the real-daemon suites once per supported dockerd (test/e2e/daemons/versions.sh), each
 * in its own mocha process with DOCKGATE_E2E_DAEMON set. `npm run test:e2e` runs this.
 *
 *   npx tsx test/e2e/matrix.ts                      every daemon, every e2e file
 *   npx tsx test/e2e/matrix.ts --daemon 28.5        one daemon (repeatable)
 *   npx tsx test/e2e/matrix.ts --jobs 3             up to 3 daemons' runs side by side
 *   npx tsx test/e2e/matrix.ts -- test/e2e/scan.test.ts   chosen files
 *
 * Side by side (--jobs, or DOCKGATE_E2E_JOBS; default 1): each run has its own private daemons,
 * folders, spec files and network namespaces (nothing in the suites is shared between runs but
 * dist/ and plugin/build, which are built here first and only read by the suites); each run's
 * output is printed whole when it ends, and kept in <tmp>/dockgate-e2e-<daemon>.log meanwhile.
 *
 * A daemon that is missing is a failure under DOCKGATE_E2E_REQUIRED=1 (CI) and pending
 * otherwise, like a missing engine in the suites themselves. Exits 1 when any run failed.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildManagedPlugin, REPO } from './helpers/dockgate.js';
import { matrixEntries } from './helpers/matrix.js';

interface Outcome {
  readonly daemon: string;
  readonly code: number;
  readonly seconds: number;
  readonly passing: number;
  readonly failing: number;
  readonly pending: number;
}

function jobsOf(v: string | undefined, what: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 8) throw new Error(`${what}: a whole number from 1 to 8, not ${String(v)}`);
  return n;
}

function parseArgs(argv: readonly string[]): { daemons: string[]; files: string[]; jobs: number } {
  const daemons: string[] = [];
  const files: string[] = [];
  const env = process.env.DOCKGATE_E2E_JOBS;
  let jobs = env === undefined || env === '' ? 1 : jobsOf(env, 'DOCKGATE_E2E_JOBS');
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      files.push(...argv.slice(i + 1));
      break;
    }
    if (a === '--daemon') {
      const v = argv[++i];
      if (v === undefined) throw new Error('--daemon needs a name');
      daemons.push(v);
    } else if (a === '--jobs') jobs = jobsOf(argv[++i], '--jobs');
    else throw new Error(`unknown argument ${a}`);
  }
  return { daemons, files, jobs };
}

function count(text: string, word: string): number {
  const m = new RegExp(`^\\s*(\\d+) ${word}\\b`, 'm').exec(text);
  return m === null ? 0 : Number(m[1]);
}

function runOne(daemon: string, files: readonly string[], alone: boolean): Promise<Outcome> {
  const started = Date.now();
  const header = `\n===== dockgate e2e on dockerd ${daemon} =====\n`;
  const mocha = resolve(REPO, 'node_modules/mocha/bin/mocha.js');
  const child = spawn(process.execPath, [mocha, '--timeout', '120000', ...files], {
    cwd: REPO,
    env: { ...process.env, DOCKGATE_E2E_DAEMON: daemon },
    stdio: ['ignore', 'pipe', alone ? 'inherit' : 'pipe'],
  });
  let out = '';
  let all = header;
  const log = alone ? undefined : createWriteStream(join(tmpdir(), `dockgate-e2e-${daemon}.log`));
  if (alone) process.stdout.write(header);
  else process.stdout.write(`===== dockgate e2e on dockerd ${daemon}: started (output when it ends; meanwhile ${join(tmpdir(), `dockgate-e2e-${daemon}.log`)})\n`);
  child.stdout?.on('data', (c: Buffer) => {
    const t = c.toString('utf8');
    out += t;
    if (alone) process.stdout.write(t);
    else {
      all += t;
      log?.write(t);
    }
  });
  child.stderr?.on('data', (c: Buffer) => {
    all += c.toString('utf8');
    log?.write(c);
  });
  return new Promise((done) => {
    child.on('close', (code, sig) => {
      log?.end();
      if (!alone) process.stdout.write(all);
      done({
        daemon,
        code: code ?? (sig === null ? 1 : 128),
        seconds: Math.round((Date.now() - started) / 1000),
        passing: count(out, 'passing'),
        failing: count(out, 'failing'),
        pending: count(out, 'pending'),
      });
    });
  });
}

async function main(): Promise<number> {
  const { daemons, files, jobs } = parseArgs(process.argv.slice(2));
  const known = matrixEntries().map((e) => e.name);
  for (const d of daemons) if (!known.includes(d)) throw new Error(`--daemon ${d}: not in test/e2e/daemons/versions.sh (${known.join(', ')})`);
  const chosen = daemons.length > 0 ? daemons : known;
  const chosenFiles = files.length > 0 ? files : ['test/e2e/**/*.test.ts'];
  // dist/ and plugin/build once, before any run: the suites then find both fresh and only read them
  // (two runs building plugin/build at the same time would pull files from under each other).
  const started = Date.now();
  await buildManagedPlugin();
  process.stdout.write(`e2e: dist/ and plugin/build ready in ${Math.round((Date.now() - started) / 1000)} s; ${chosen.length} daemon(s), ${Math.min(jobs, chosen.length)} at a time\n`);
  const outcomes: Outcome[] = [];
  const queue = [...chosen];
  const alone = Math.min(jobs, chosen.length) === 1;
  const worker = async (): Promise<void> => {
    for (let d = queue.shift(); d !== undefined; d = queue.shift()) outcomes.push(await runOne(d, chosenFiles, alone));
  };
  await Promise.all(Array.from({ length: Math.min(jobs, chosen.length) }, worker));
  outcomes.sort((x, y) => chosen.indexOf(x.daemon) - chosen.indexOf(y.daemon));
  process.stdout.write(`e2e: every run ended after ${Math.round((Date.now() - started) / 1000)} s\n`);
  process.stdout.write('\n===== dockgate e2e: every daemon =====\n');
  for (const o of outcomes) {
    process.stdout.write(`dockerd ${o.daemon.padEnd(6)} ${o.code === 0 ? 'ok  ' : 'FAIL'} ${String(o.passing).padStart(4)} passing ${String(o.failing).padStart(3)} failing ${String(o.pending).padStart(3)} pending  ${o.seconds} s\n`);
  }
  const passed = outcomes.reduce((n, o) => n + o.passing, 0);
  const failed = outcomes.reduce((n, o) => n + o.failing + (o.code !== 0 && o.failing === 0 ? 1 : 0), 0);
  process.stdout.write(`e2e: ${passed} passed, ${failed} failed\n`);
  return outcomes.every((o) => o.code === 0) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(2);
  },
);
