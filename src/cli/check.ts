/**
 * `dockgate check`: decisions offline. Takes an envelope as the daemon sends it, or (with
 * --uri) a raw API body, and prints the decision and the reasons; or, after `--`, runs the
 * operator's own docker CLI or compose against a stand-in daemon (check-client.ts) and decides
 * every request it sends. `--emulate` keeps the old flag emulation for `-- run` (run-flags.ts),
 * for machines without a docker CLI.
 */
import { readFileSync } from 'node:fs';
import { decide as decideEnvelope } from '../engine/decide.js';
import type { Decision } from '../engine/engine.js';
import { describeViolation } from '../engine/message.js';
import { loadPolicyFile, type Policy } from '../policy/load.js';
import { CLIENT_COMMANDS, runCheckClient, type CheckOutput } from './check-client.js';

export type { CheckOutput } from './check-client.js';
import { parseRunFlags } from './run-flags.js';

export interface CheckOptions {
  readonly policy: string;
  readonly uri: string | undefined;
  readonly method: string;
  readonly user: string;
  readonly json: boolean;
}

function readInput(file: string): string {
  return readFileSync(file === '-' ? 0 : file, 'utf8');
}

export function buildEnvelope(body: string, uri: string, method: string, user: string): Record<string, unknown> {
  return {
    User: user,
    RequestMethod: method,
    RequestUri: uri,
    RequestHeaders: { 'Content-Type': 'application/json' },
    ...(body.length > 0 ? { RequestBody: Buffer.from(body, 'utf8').toString('base64') } : {}),
  };
}

function render(decision: Decision, operation: string, asJson: boolean): string {
  if (asJson) {
    return JSON.stringify({
      allow: decision.allow,
      wouldDeny: decision.wouldDeny,
      operation,
      msg: decision.msg,
      violations: decision.violations.map((v) => ({ rule: v.rule, action: v.action, severity: v.severity, cis: v.cis, field: v.finding.field, found: v.finding.found, fix: v.finding.fix, exemptedBy: v.exemptedBy })),
      problems: decision.problems,
    }, null, 2);
  }
  const lines = [`${decision.allow ? 'ALLOW' : 'DENY'} ${operation}${decision.mode === 'audit' && decision.wouldDeny ? ' (audit mode: would deny)' : ''}`];
  for (const p of decision.problems) lines.push(`  deny  [${p.code}] ${p.detail}: ${p.fix}`);
  for (const v of decision.violations) {
    const tag = v.exemptedBy !== undefined ? `exempt(${v.exemptedBy})` : v.action;
    lines.push(`  ${tag.padEnd(5)} ${describeViolation(v)}`);
  }
  if (decision.msg) lines.push(`message: ${decision.msg}`);
  return lines.join('\n');
}

export function runCheck(file: string, opts: CheckOptions): CheckOutput {
  let text: string;
  let policy;
  try {
    policy = loadPolicyFile(opts.policy);
    text = readInput(file);
  } catch (err) {
    return { exitCode: 2, text: `dockgate check: ${err instanceof Error ? err.message : String(err)}` };
  }
  let raw: unknown;
  if (opts.uri !== undefined) {
    raw = buildEnvelope(text, opts.uri, opts.method, opts.user);
  } else {
    try {
      raw = JSON.parse(text);
    } catch (err) {
      return { exitCode: 2, text: `dockgate check: ${file} is not a JSON envelope: ${(err as Error).message}` };
    }
  }
  // --user is the TLS user in every mode: it replaces the envelope's, as the daemon would report it.
  if (opts.user !== '' && typeof raw === 'object' && raw !== null && !Array.isArray(raw)) raw = { ...(raw as Record<string, unknown>), User: opts.user, UserAuthNMethod: 'TLS' };
  return checkEnvelope(raw, policy, opts.json);
}

/**
 * One envelope's verdict: exit 0 allowed, 1 denied, 2 when there is no verdict (an envelope the
 * plugin refuses as invalid, or an error inside dockgate: the plugin denies such a request with
 * DG_INTERNAL, but that is not the policy's verdict, so a pipeline must not read it as one).
 */
export function checkEnvelope(raw: unknown, policy: Policy | (() => Policy), json: boolean): CheckOutput {
  const outcome = decideEnvelope(raw, policy);
  if (!outcome.ok) {
    if (outcome.refusal === 'internal-error') return { exitCode: 2, text: `dockgate check: internal error: ${outcome.reason} (the plugin would deny this request with DG_INTERNAL; please report it, with the request)` };
    return { exitCode: 2, text: `dockgate check: invalid envelope: ${outcome.reason}` };
  }
  return { exitCode: outcome.decision.allow ? 0 : 1, text: render(outcome.decision, outcome.request.operation, json) };
}

export interface CheckRunOptions {
  readonly policy: string;
  readonly json: boolean;
  /** The TLS client user (profiles apply); '' for none. */
  readonly user?: string;
}

/**
 * `dockgate check -- run <docker run flags> IMAGE [CMD...]`: decides the container create the
 * docker CLI would send for these flags. `Env` values are never printed (no rule reports them).
 */
export function runCheckRun(argv: readonly string[], opts: CheckRunOptions): CheckOutput {
  let policy: Policy;
  try {
    policy = loadPolicyFile(opts.policy);
  } catch (err) {
    return { exitCode: 2, text: `dockgate check: ${err instanceof Error ? err.message : String(err)}` };
  }
  const built = parseRunFlags(argv);
  if (!built.ok) return { exitCode: 2, text: `dockgate check: docker run: ${built.error}` };
  const user = opts.user ?? '';
  return checkEnvelope({ ...buildEnvelope(JSON.stringify(built.request.body), built.request.uri, 'POST', user), ...(user === '' ? {} : { UserAuthNMethod: 'TLS' }) }, policy, opts.json);
}

export interface CheckCommandOptions {
  readonly policy: string;
  readonly uri?: string | undefined;
  readonly method: string;
  readonly user: string;
  readonly json: boolean;
  readonly format?: 'text' | 'json' | undefined;
  readonly docker?: string | undefined;
  readonly emulate: boolean;
  readonly timeoutSeconds: number;
}

/** `dockgate check ARGS...` as the command line gives it. */
export async function runCheckCommand(args: readonly string[], opts: CheckCommandOptions): Promise<CheckOutput> {
  const json = opts.json || opts.format === 'json';
  const first = args[0];
  if (first !== undefined && (CLIENT_COMMANDS as readonly string[]).includes(first)) {
    if (opts.uri !== undefined) return { exitCode: 2, text: `dockgate check: --uri does not go with \`-- ${first}\`` };
    if (opts.emulate) {
      if (first !== 'run') return { exitCode: 2, text: `dockgate check: --emulate knows only \`-- run\`` };
      return runCheckRun(args, { policy: opts.policy, json, user: opts.user });
    }
    return runCheckClient(args, { policy: opts.policy, json, user: opts.user, docker: opts.docker, timeoutMs: opts.timeoutSeconds * 1000, stdinIsTty: process.stdin.isTTY });
  }
  if (args.length !== 1 || first === undefined) return { exitCode: 2, text: 'dockgate check: give one FILE, or `-- run|create <docker flags> IMAGE [CMD...]`, or `-- compose [-f FILE...] up|create|run ...`' };
  return runCheck(first, { policy: opts.policy, uri: opts.uri, method: opts.method, user: opts.user, json });
}
