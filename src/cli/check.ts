/**
 * `dockgate check`: one decision, offline. Takes an envelope as the daemon sends it, or
 * (with --uri) a raw API body, and prints the decision and the reasons.
 */
import { readFileSync } from 'node:fs';
import { evaluate, type Decision } from '../engine/engine.js';
import { describeViolation } from '../engine/message.js';
import { parseEnvelope } from '../protocol/envelope.js';
import { loadPolicyFile, type Policy } from '../policy/load.js';
import { decodeRequest } from '../request/decode-request.js';
import { parseRunFlags } from './run-flags.js';

export interface CheckOptions {
  readonly policy: string;
  readonly uri: string | undefined;
  readonly method: string;
  readonly user: string;
  readonly json: boolean;
}

export interface CheckOutput {
  readonly exitCode: 0 | 1 | 2;
  readonly text: string;
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
  return decide(raw, policy, opts.json);
}

function decide(raw: unknown, policy: Policy, json: boolean): CheckOutput {
  const parsed = parseEnvelope(raw);
  if (!parsed.ok) return { exitCode: 2, text: `dockgate check: invalid envelope: ${parsed.reason}` };
  const request = decodeRequest(parsed.envelope);
  const decision = evaluate(request, policy);
  return { exitCode: decision.allow ? 0 : 1, text: render(decision, request.operation, json) };
}

export interface CheckRunOptions {
  readonly policy: string;
  readonly json: boolean;
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
  return decide(buildEnvelope(JSON.stringify(built.request.body), built.request.uri, 'POST', ''), policy, opts.json);
}
