#!/usr/bin/env node
/** The dockgate command line: serve the plugin, check a request, list rules, print the policy schema. */
import { Command, InvalidArgumentError, Option } from 'commander';
import { RULES } from '../rules/index.js';
import { buildPolicySchema } from '../policy/schema.js';
import { runCheckCommand } from './check.js';
import { DEFAULT_POLICY, defaultSocket, defaultStateDir } from './paths.js';
import { runScan } from './scan.js';
import { serve, startupLine } from './serve.js';
import { writeStartupReport } from './startup-report.js';
import { setDaemonConfigPath } from '../host/daemon-config.js';
import { VERSION } from '../version.js';

// `docker plugin set dockgate DOCKGATE_MODE=` leaves an empty value: treat it as unset, so the
// plugin still starts with its defaults instead of refusing an empty choice.
for (const name of ['DOCKGATE_SOCKET', 'DOCKGATE_POLICY', 'DOCKGATE_LOG_LEVEL', 'DOCKGATE_MODE', 'DOCKGATE_HOST_ROOT', 'DOCKGATE_STATE_DIR', 'DOCKGATE_METRICS_TEXTFILE', 'DOCKGATE_METRICS_INTERVAL', 'DOCKGATE_DAEMON_ROOT']) {
  if (process.env[name] === '') Reflect.deleteProperty(process.env, name);
}

const program = new Command();
program.name('dockgate').description('Docker Engine authorization plugin: denies dangerous containers before the daemon acts').version(VERSION);

/** --metrics-interval: whole seconds, 1 to 3600. */
function intervalSeconds(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 3600) throw new InvalidArgumentError('give whole seconds from 1 to 3600');
  return n;
}

program
  .command('serve')
  .description('serve the AuthZ plugin API on a unix socket')
  .addOption(new Option('--socket <path>', 'unix socket to listen on').env('DOCKGATE_SOCKET').default(defaultSocket()))
  .addOption(new Option('--policy <file>', 'policy file').env('DOCKGATE_POLICY').default(DEFAULT_POLICY))
  .addOption(new Option('--log-level <level>', 'log level (overrides the policy)').choices(['error', 'warn', 'info', 'debug']).env('DOCKGATE_LOG_LEVEL'))
  .addOption(new Option('--mode <mode>', 'enforce or audit (overrides the policy)').choices(['enforce', 'audit']).env('DOCKGATE_MODE'))
  .addOption(new Option('--host-root <path>', "where the host's / is visible (the managed plugin: /host); host paths are resolved there").env('DOCKGATE_HOST_ROOT').default('/'))
  .addOption(new Option('--daemon-config <path>', "the daemon's configuration file, a host path (default /etc/docker/daemon.json): the BuildKit gate reads its builder entitlements").env('DOCKGATE_DAEMON_CONFIG'))
  .addOption(new Option('--daemon-root <path>', "the daemon's data root, a host path (docker info: Docker Root Dir), where dockerd 23+ keeps its ID (engine-id); default: found (the managed plugin's own folder, data-root in daemon.json, /var/lib/docker)").env('DOCKGATE_DAEMON_ROOT'))
  .addOption(new Option('--state-dir <path>', "folder where dockgate remembers each container's host paths for the start check").env('DOCKGATE_STATE_DIR').default(defaultStateDir()))
  .addOption(new Option('--metrics-textfile <file>', 'also write the metrics to this file every interval (a Prometheus node-exporter textfile, *.prom), for a plugin without network').env('DOCKGATE_METRICS_TEXTFILE'))
  .addOption(new Option('--metrics-interval <seconds>', 'how often --metrics-textfile is rewritten').env('DOCKGATE_METRICS_INTERVAL').default(15).argParser(intervalSeconds))
  // A bad flag or setting still stops serve (exit 1), but says so as a JSON line like every other line it writes.
  .configureOutput({ outputError: (str, write) => { write(startupLine('error', str.trim().replace(/^error: /, ''), { event: 'start-failed', reason: 'bad-option' })); } })
  .action(async (opts: { socket: string; policy: string; logLevel?: string; mode?: 'enforce' | 'audit'; hostRoot: string; stateDir: string; metricsTextfile?: string; metricsInterval: number; daemonRoot?: string }) => {
    setDaemonConfigPath((opts as { daemonConfig?: string }).daemonConfig || undefined);
    await serve({ socket: opts.socket, policy: opts.policy, logLevel: opts.logLevel, mode: opts.mode, hostRoot: opts.hostRoot, stateDir: opts.stateDir, metricsTextfile: opts.metricsTextfile, metricsIntervalMs: opts.metricsInterval * 1000, daemonRoot: opts.daemonRoot });
    writeStartupReport(opts.policy);
  });

program
  .command('check')
  .description('decide offline: FILE is an AuthZ envelope, or with --uri a raw API body (- reads stdin); or `check -- run|create <docker flags> IMAGE [CMD...]` / `check -- compose [-f FILE...] up|create|run ...` runs your docker CLI against a stand-in daemon and decides every request it sends. Exit 0 allow, 1 deny, 2 error')
  .argument('<file...>', 'envelope JSON, or request body with --uri; or, after --, `run`, `create` or `compose` and their arguments')
  .addOption(new Option('--policy <file>', 'policy file').env('DOCKGATE_POLICY').default(DEFAULT_POLICY))
  .option('--uri <uri>', 'treat FILE as the body of a request to this API URI, e.g. /v1.41/containers/create')
  .option('--method <method>', 'HTTP method with --uri', 'POST')
  .option('--user <cn>', 'TLS client certificate CN the daemon would report (profiles and user exemptions apply)', '')
  .option('--json', 'print the decision as JSON (same as --format json)', false)
  .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
  .option('--docker <path>', 'the docker CLI to run (default: docker on PATH)')
  .option('--emulate', '`-- run` only: build the create body with the built-in emulation of the common docker run flags instead of running the docker CLI', false)
  .option('--timeout <seconds>', 'stop the docker CLI after this many seconds', (v) => Number(v), 120)
  .action(async (args: string[], opts: { policy: string; uri?: string; method: string; user: string; json: boolean; format: 'text' | 'json'; docker?: string; emulate: boolean; timeout: number }) => {
    const out = await runCheckCommand(args, { ...opts, timeoutSeconds: Number.isFinite(opts.timeout) && opts.timeout > 0 ? opts.timeout : 120 });
    (out.exitCode === 2 ? process.stderr : process.stdout).write(`${out.text}\n`);
    process.exitCode = out.exitCode;
  });

program
  .command('scan')
  .description('decide every existing container of a daemon as a create with the policy: which ones it would deny, and why. Exit 1 when any would be denied, 0 otherwise, 2 on error')
  .addOption(new Option('--policy <file>', 'policy file').env('DOCKGATE_POLICY').default(DEFAULT_POLICY))
  .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
  .option('--host <unix:///path>', 'Docker API socket (default: DOCKER_HOST if unix://, else /var/run/docker.sock)')
  .action(async (opts: { policy: string; format: 'table' | 'json'; host?: string }) => {
    const out = await runScan({ policy: opts.policy, format: opts.format, host: opts.host });
    (out.exitCode === 2 ? process.stderr : process.stdout).write(`${out.text}\n`);
    process.exitCode = out.exitCode;
  });

program
  .command('rules')
  .description('list the built-in rules')
  .action(() => {
    for (const r of RULES) {
      process.stdout.write(`${r.meta.id.padEnd(22)} ${(r.meta.cis ? `CIS ${r.meta.cis}` : '').padEnd(9)} ${r.meta.severity.padEnd(8)} default ${r.meta.defaultAction.padEnd(5)} ${r.meta.title}\n`);
    }
  });

program
  .command('schema')
  .description('print the policy JSON Schema')
  .action(() => {
    process.stdout.write(`${JSON.stringify(buildPolicySchema(), null, 2)}\n`);
  });

program
  .command('validate')
  .description('check a policy file as serve would, reporting every problem at once (file:line:col, severity, JSON path, message, code). Exit 1 on any error, 0 when valid (warnings or not)')
  .argument('[file]', 'policy file (default: --policy of serve, DOCKGATE_POLICY or the shipped policy)', process.env['DOCKGATE_POLICY'] ?? DEFAULT_POLICY)
  .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
  .action(async (file: string, opts: { format: 'text' | 'json' }) => {
    const { runValidate } = await import('./validate.js');
    const out = runValidate(file, opts.format);
    process.stdout.write(`${out.text}\n`);
    process.exitCode = out.exitCode;
  });

program
  .command('doctor')
  .description('check this host as an operator would: dockgate named in daemon.json and active, the plugin enabled, live-restore, BuildKit network-host entitlement, userns-remap, no unauthenticated TCP socket, the Docker socket\'s permissions, dockgate\'s fallback state and last decision. One line per check with the fix. Exit 0 when nothing fails, 1 when a check fails, 2 on error')
  .option('--daemon-config <path>', "the daemon's daemon.json", '/etc/docker/daemon.json')
  .option('--host <unix:///path>', 'Docker API socket (default: DOCKER_HOST if unix://, else /var/run/docker.sock)')
  .option('--plugin <name>', 'the name dockgate is installed under', 'dockgate')
  .option('--plugin-socket <path>', "dockgate's socket, for /healthz (default: found under /run/docker/plugins)")
  .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
  .action(async (opts: { daemonConfig: string; host?: string; plugin: string; pluginSocket?: string; format: 'text' | 'json' }) => {
    const { DEFAULT_DOCTOR, doctorExitCode, formatDoctor, runDoctor } = await import('./doctor.js');
    const checks = await runDoctor({ ...DEFAULT_DOCTOR, daemonConfig: opts.daemonConfig, host: opts.host, plugin: opts.plugin, pluginSocket: opts.pluginSocket, env: process.env });
    process.stdout.write(`${formatDoctor(checks, opts.format)}\n`);
    process.exitCode = doctorExitCode(checks);
  });

const policyCommand = program.command('policy').description('the effective policy: `policy show` (every rule after defaults and profiles), `policy diff A B` (what would change)');

policyCommand
  .command('show')
  .description('print the effective policy the engine uses: every rule with its action and full options after the defaults (with --user, after the matching profile), mode, custom rules, exemptions, profiles, log settings, messages. Exit 0, 2 on an invalid policy (with validate\'s lines)')
  .argument('[file]', 'policy file (default: DOCKGATE_POLICY or the shipped policy)', process.env['DOCKGATE_POLICY'] ?? DEFAULT_POLICY)
  .option('--user <cn>', 'TLS client certificate CN: show the rules for this user (the first profile whose users match applies)', '')
  .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
  .action(async (file: string, opts: { user: string; format: 'text' | 'json' }) => {
    const { runPolicyShow } = await import('./policy.js');
    const out = runPolicyShow(file, opts);
    (out.exitCode === 2 ? process.stderr : process.stdout).write(`${out.text}\n`);
    process.exitCode = out.exitCode;
  });

policyCommand
  .command('diff')
  .description('every difference between two effective policies, one line each (`rule-id: deny -> warn`, `rule-id.options.maxRetries: 5 -> 3`, mode, custom rules, exemptions, profiles, log, messages). Exit 0 equal, 1 different, 2 on an invalid policy')
  .argument('<a>', 'policy file A (before)')
  .argument('<b>', 'policy file B (after)')
  .option('--user <cn>', 'compare the rules for this TLS user (profiles applied on both sides)', '')
  .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
  .action(async (a: string, b: string, opts: { user: string; format: 'text' | 'json' }) => {
    const { runPolicyDiff } = await import('./policy.js');
    const out = runPolicyDiff(a, b, opts);
    (out.exitCode === 2 ? process.stderr : process.stdout).write(`${out.text}\n`);
    process.exitCode = out.exitCode;
  });

await program.parseAsync(process.argv);
