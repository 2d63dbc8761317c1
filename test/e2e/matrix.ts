/**
 * Runs the real-daemon suites once per supported dockerd (test/e2e/daemons/versions.sh), each
 * in its own mocha process with DOCKGATE_E2E_DAEMON set, one daemon after the other (they share
 * the host's cgroups, spec-file folder and two cores). `npm run test:e2e` runs this.
 *
 *   npx tsx test/e2e/matrix.ts                      every daemon, every e2e file
 *   npx tsx test/e2e/matrix.ts --daemon 28.5        one daemon (repeatable)
 *   npx tsx test/e2e/matrix.ts -- test/e2e/scan.test.ts   chosen files
 *
 * A daemon that is missing is a failure under DOCKGATE_E2E_REQUIRED=1 (CI) and pending
 * otherwise, like a missing engine in the suites themselves. Exits 1 when any run failed.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { REPO } from './helpers/dockgate.js';
import { matrixEntries } from './helpers/matrix.js';

interface Outcome {
  readonly daemon: string;
  readonly code: number;
  readonly seconds: number;
  readonly passing: number;
  readonly failing: number;
  readonly pending: number;
}

function parseArgs(argv: readonly string[]): { daemons: string[]; files: string[] } {
  const daemons: string[] = [];
  const files: string[] = [];
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
    } else throw new Error(`unknown argument ${a}`);
  }
  return { daemons, files };
}

function count(text: string, word: string): number {
  const m = new RegExp(`^\\s*(\\d+) ${word}\\b`, 'm').exec(text);
  return m === null ? 0 : Number(m[1]);
}

function runOne(daemon: string, files: readonly string[]): Promise<Outcome> {
  const started = Date.now();
  process.stdout.write(`\n===== dockgate e2e on dockerd ${daemon} =====\n`);
  const mocha = resolve(REPO, 'node_modules/mocha/bin/mocha.js');
  const child = spawn(process.execPath, [mocha, '--timeout', '120000', ...files], {
    cwd: REPO,
    env: { ...process.env, DOCKGATE_E2E_DAEMON: daemon },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => {
    const t = c.toString('utf8');
    out += t;
    process.stdout.write(t);
  });
  return new Promise((done) => {
    child.on('close', (code, sig) => {
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
  const { daemons, files } = parseArgs(process.argv.slice(2));
  const known = matrixEntries().map((e) => e.name);
  for (const d of daemons) if (!known.includes(d)) throw new Error(`--daemon ${d}: not in test/e2e/daemons/versions.sh (${known.join(', ')})`);
  const chosen = daemons.length > 0 ? daemons : known;
  const outcomes: Outcome[] = [];
  for (const d of chosen) outcomes.push(await runOne(d, files.length > 0 ? files : ['test/e2e/**/*.test.ts']));
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
