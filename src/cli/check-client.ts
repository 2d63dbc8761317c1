/**
 * `dockgate check -- run|create ...` and `dockgate check -- compose [...] up|create|run ...`:
 * runs the operator's own docker CLI (or compose) against a stand-in daemon (src/standin/),
 * decides every request it sends exactly as the plugin would, and reports per container
 * (compose: per service) plus any other request that would be denied.
 *
 * Fail closed: a request the stand-in could not answer leaves the client's run incomplete,
 * and an incomplete run is an error (exit 2), never an allow.
 */
import { describeProblem, describeViolation } from '../engine/message.js';
import type { Decision, Violation } from '../engine/engine.js';
import { loadPolicyFile, type Policy } from '../policy/load.js';
import { currentRegistry, HostPathRegistry, setRegistry } from '../state/registry.js';
import { findDocker, runClient, startSession, type ClientResult } from '../standin/client.js';
import type { StandInContainer } from '../standin/daemon.js';
import { Decider, type DecidedRequest } from '../standin/decide.js';

/** What a check command prints, and its exit code (0 compliant, 1 denied, 2 could not check). */
export interface CheckOutput {
  readonly exitCode: 0 | 1 | 2;
  readonly text: string;
}

export interface CheckClientOptions {
  readonly policy: string;
  readonly json: boolean;
  /** The TLS client CN the daemon would report ('' = the unix socket: no profile applies). */
  readonly user: string;
  /** The docker binary (default: `docker` on PATH). */
  readonly docker: string | undefined;
  readonly timeoutMs: number;
  /** Whether the client's stdin may be a terminal (`-t`): pass ours when it is one. */
  readonly stdinIsTty?: boolean;
  readonly env?: NodeJS.ProcessEnv;
}

export const CLIENT_COMMANDS = ['run', 'create', 'compose'] as const;
const COMPOSE_SUBCOMMANDS = new Set(['up', 'create', 'run']);

/** compose's global flags that take a value (the subcommand is the first other word). */
const COMPOSE_VALUE_FLAGS = new Set(['-f', '--file', '-p', '--project-name', '--profile', '--env-file', '--project-directory', '--ansi', '--progress', '--parallel']);

/** The arguments to run, with `-d` added to `compose up` (so that it ends), or an error. */
export function clientArgs(argv: readonly string[]): { ok: true; args: string[]; what: string } | { ok: false; error: string } {
  const [command, ...rest] = argv;
  if (command === 'run' || command === 'create') return { ok: true, args: [...argv], what: `docker ${command}` };
  if (command !== 'compose') return { ok: false, error: `give \`-- run ...\`, \`-- create ...\` or \`-- compose [...] up|create|run ...\` (not ${String(command)})` };
  let i = 0;
  while (i < rest.length) {
    const a = rest[i] ?? '';
    if (!a.startsWith('-')) break;
    i += COMPOSE_VALUE_FLAGS.has(a) ? 2 : 1;
  }
  const sub = rest[i];
  if (sub === undefined || !COMPOSE_SUBCOMMANDS.has(sub)) return { ok: false, error: `docker compose ${String(sub)}: check runs \`compose up\`, \`compose create\` and \`compose run\`` };
  const args = ['compose', ...rest];
  if (sub === 'up') {
    const after = rest.slice(i + 1);
    const detached = after.some((a) => a === '-d' || a === '--detach' || a === '--detach=true' || (/^-[a-zA-Z]+$/.test(a) && a.includes('d')));
    if (!detached) args.splice(i + 2, 0, '-d');
  }
  return { ok: true, args, what: `docker compose ${sub}` };
}

interface ViolationReport {
  readonly rule: string;
  readonly action: 'deny' | 'warn';
  readonly severity: Violation['severity'];
  readonly cis: string | undefined;
  readonly field: string;
  readonly found: string;
  readonly fix: string;
  readonly exemptedBy: string | undefined;
}

interface RequestReport {
  readonly method: string;
  readonly uri: string;
  readonly operation: string;
  readonly allow: boolean;
  readonly wouldDeny: boolean;
  readonly msg: string;
  readonly bodyWithheld?: string;
  readonly violations: readonly ViolationReport[];
  readonly problems: Decision['problems'];
}

interface ContainerReport {
  readonly name: string;
  readonly service?: string;
  readonly allow: boolean;
  readonly wouldDeny: boolean;
  readonly requests: RequestReport[];
}

export interface ClientReport {
  readonly allow: boolean;
  readonly wouldDeny: boolean;
  readonly mode: Policy['mode'];
  readonly user: string;
  readonly profile?: string;
  readonly client: { readonly docker: string; readonly command: string; readonly exitCode: number | null };
  readonly requests: number;
  readonly containers: ContainerReport[];
  /** Requests outside any container that the policy denies (or would deny, in audit mode). */
  readonly denied: RequestReport[];
  /** What the stand-in could not answer: the client stopped there, so the check is incomplete. */
  readonly unanswered: string[];
  readonly error?: string;
}

function requestReport(d: DecidedRequest): RequestReport {
  const dec = d.decision;
  return {
    method: d.method,
    uri: d.uri,
    operation: d.operation,
    allow: dec.allow,
    wouldDeny: dec.wouldDeny,
    msg: dec.msg,
    ...(d.withheld === undefined ? {} : { bodyWithheld: d.withheld }),
    violations: dec.violations.map((v) => ({ rule: v.rule, action: v.action, severity: v.severity, cis: v.cis, field: v.finding.field, found: v.finding.found, fix: v.finding.fix, exemptedBy: v.exemptedBy })),
    problems: dec.problems,
  };
}

function findByRef(containers: readonly StandInContainer[], ref: string): StandInContainer | undefined {
  const name = ref.replace(/^\//, '');
  return containers.find((c) => c.id === ref || c.name === name) ?? (/^[0-9a-f]+$/.test(ref) ? containers.find((c) => c.id.startsWith(ref)) : undefined);
}

/** Groups the decided requests per container; other requests are kept only when denied. */
export function buildReport(decided: readonly DecidedRequest[], containers: readonly StandInContainer[], policy: Policy, user: string, docker: string, what: string, client: ClientResult): ClientReport {
  const blocks = new Map<string, ContainerReport>();
  const denied: RequestReport[] = [];
  const unanswered: string[] = [];
  let profile: string | undefined;
  for (const d of decided) {
    profile ??= d.decision.profile;
    if (d.answer?.unsupported !== undefined) unanswered.push(d.answer.unsupported);
    const c = d.created ?? (d.containerRef === undefined ? undefined : findByRef(containers, d.containerRef));
    if (c) {
      let block = blocks.get(c.id);
      if (!block) {
        const service = c.labels['com.docker.compose.service'];
        block = { name: c.name, ...(service === undefined ? {} : { service }), allow: true, wouldDeny: false, requests: [] };
        blocks.set(c.id, block);
      }
      block.requests.push(requestReport(d));
      continue;
    }
    if (!d.decision.allow || d.decision.wouldDeny) denied.push(requestReport(d));
  }
  // A create the CLI sent but the stand-in refused (no Image) is still decided: keep it visible.
  const containerReports = [...blocks.values()].map((b) => ({ ...b, allow: b.requests.every((r) => r.allow), wouldDeny: b.requests.some((r) => r.wouldDeny) }));
  const allow = containerReports.every((b) => b.allow) && denied.every((r) => r.allow);
  const wouldDeny = containerReports.some((b) => b.wouldDeny) || denied.length > 0;
  let error: string | undefined;
  if (client.timedOut) error = `${what} did not finish in time (stopped)`;
  else if (unanswered.length > 0) error = `the stand-in daemon could not answer ${unanswered.join(', ')}: ${what} stopped there, so not every request was seen`;
  else if (client.exitCode !== 0) error = `${what} exited with ${String(client.exitCode ?? client.signal)}: ${lastLines(client.stderr)}`;
  else if (containerReports.length === 0 && denied.length === 0 && !decided.some((d) => d.operation === 'container.create')) error = `${what} sent no container create`;
  return {
    allow, wouldDeny, mode: policy.mode, user, ...(profile === undefined ? {} : { profile }),
    client: { docker, command: what, exitCode: client.exitCode },
    requests: decided.length, containers: containerReports, denied, unanswered, ...(error === undefined ? {} : { error }),
  };
}

/** The last lines of the client's error output (compose prints progress there). Never Env: the CLIs do not print it. */
function lastLines(text: string): string {
  const lines = text.trim().split('\n').filter((l) => l.trim() !== '');
  return lines.slice(-3).join(' / ').slice(0, 600) || '(no output)';
}

function requestLines(r: RequestReport, indent: string): string[] {
  const lines: string[] = [];
  for (const p of r.problems) lines.push(`${indent}deny  ${describeProblem(p)}`);
  for (const v of r.violations) {
    const tag = v.exemptedBy !== undefined ? `exempt(${v.exemptedBy})` : v.action;
    lines.push(`${indent}${tag.padEnd(5)} ${describeViolation({ rule: v.rule, action: v.action, severity: v.severity, cis: v.cis, finding: { field: v.field, found: v.found, fix: v.fix } })}`);
  }
  return lines;
}

function verdict(allow: boolean, wouldDeny: boolean, mode: Policy['mode']): string {
  if (!allow) return 'DENY ';
  return mode === 'audit' && wouldDeny ? 'ALLOW (audit mode: would deny)' : 'ALLOW';
}

export function renderReport(report: ClientReport, asJson: boolean): string {
  if (asJson) return JSON.stringify(report, null, 2);
  const out: string[] = [];
  for (const c of report.containers) {
    out.push(`${verdict(c.allow, c.wouldDeny, report.mode)} container ${c.name}${c.service === undefined ? '' : ` (service ${c.service})`}`);
    for (const r of c.requests) {
      const lines = requestLines(r, '    ');
      if (lines.length === 0) continue;
      out.push(`  ${r.operation.replace('container.', '')}: ${r.method} ${r.uri}${r.bodyWithheld === undefined ? '' : ` (body not forwarded: ${r.bodyWithheld})`}`);
      out.push(...lines);
    }
  }
  for (const r of report.denied) {
    out.push(`${verdict(r.allow, r.wouldDeny, report.mode)} ${r.operation}: ${r.method} ${r.uri}`);
    out.push(...requestLines(r, '    '));
  }
  const deniedCount = report.containers.filter((c) => !c.allow).length;
  const who = report.user === '' ? 'no TLS user' : `user ${report.user}${report.profile === undefined ? ' (no profile matches)' : ` (profile ${report.profile})`}`;
  out.push(`${report.requests} requests from ${report.client.command} (${report.client.docker}), ${who}: ${report.containers.length} container(s), ${deniedCount} denied${report.denied.length > 0 ? `, ${report.denied.length} other request(s) denied` : ''}`);
  if (report.error !== undefined) out.push(`dockgate check: ${report.error}`);
  return out.join('\n');
}

/** Runs the client against a stand-in daemon and decides what it sends. */
export async function runCheckClient(argv: readonly string[], opts: CheckClientOptions): Promise<CheckOutput> {
  const env = opts.env ?? process.env;
  let policy: Policy;
  try {
    policy = loadPolicyFile(opts.policy);
  } catch (err) {
    return { exitCode: 2, text: `dockgate check: ${err instanceof Error ? err.message : String(err)}` };
  }
  const parsed = clientArgs(argv);
  if (!parsed.ok) return { exitCode: 2, text: `dockgate check: ${parsed.error}` };
  const docker = findDocker(opts.docker, env);
  if (docker === undefined) {
    return { exitCode: 2, text: `dockgate check: no docker CLI found (${opts.docker ?? 'docker on PATH'}): check runs your own docker client against a stand-in daemon; install it, give --docker PATH, or use --emulate for \`-- run\` (an emulation of the common docker run flags)` };
  }
  const decider = new Decider(policy, opts.user);
  const previous = currentRegistry();
  setRegistry(new HostPathRegistry(undefined));
  try {
    const session = await startSession({ onRequest: decider.onRequest, onAnswer: decider.onAnswer }, env);
    let client: ClientResult;
    try {
      client = await runClient(docker, parsed.args, session, opts.timeoutMs, env, opts.stdinIsTty === true);
    } finally {
      await session.close();
    }
    const nothingSent = decider.decided.every((d) => d.operation.startsWith('system.'));
    if (argv[0] === 'compose' && nothingSent && /unknown (shorthand )?(flag|command)|is not a docker command/.test(client.stderr)) {
      return { exitCode: 2, text: `dockgate check: ${docker} has no compose plugin (docker compose): ${lastLines(client.stderr)}` };
    }
    if (nothingSent && client.exitCode !== 0) {
      const tty = /not a TTY/.test(client.stderr) ? ' (-t needs a terminal: run check from one, or leave -t out: no rule reads it)' : '';
      return { exitCode: 2, text: `dockgate check: ${parsed.what} failed before sending a request: ${lastLines(client.stderr)}${tty}` };
    }
    const report = buildReport(decider.decided, session.daemon.containers, policy, opts.user, docker, parsed.what, client);
    // A deny is certain even when the run is incomplete; otherwise incomplete is an error, never an allow.
    const exitCode = !report.allow ? 1 : report.error !== undefined ? 2 : 0;
    return { exitCode, text: renderReport(report, opts.json) };
  } catch (err) {
    return { exitCode: 2, text: `dockgate check: ${err instanceof Error ? err.message : String(err)}` };
  } finally {
    setRegistry(previous);
  }
}
