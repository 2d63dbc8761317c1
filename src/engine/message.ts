/**
 * The deny message the docker CLI prints after "authorization denied by plugin <name>:".
 * One line, every violation with its rule id, the field and value found, the CIS
 * reference and the fix.
 */
import { redactFinding, redactString } from '../audit/redact.js';
import type { RequestProblem } from '../request/problems.js';
import type { Violation } from './engine.js';

const MAX_VALUE = 120;

/** Keeps requester-chosen text on one short, printable line. */
export function clean(text: string, max = MAX_VALUE): string {
  // eslint-disable-next-line no-control-regex
  const oneLine = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?');
  return oneLine.length > max ? `${oneLine.slice(0, max)}...` : oneLine;
}

export function describeViolation(v: Violation): string {
  // The message reaches the daemon's log too: the same redaction as the audit log.
  const what = v.finding.summary !== undefined ? clean(redactString(v.finding.summary)) : `${v.finding.field}=${clean(redactFinding(v.finding.field, v.finding.found))}`;
  const cis = v.cis ? ` (CIS ${v.cis})` : '';
  return `[${v.rule}] ${what}${cis}: ${v.finding.fix}`;
}

export function describeProblem(p: RequestProblem): string {
  return `[${p.code}] ${clean(p.detail, 400)}: ${p.fix}`;
}

export function formatMessage(operation: string, problems: readonly RequestProblem[], denying: readonly Violation[], allowed: boolean): string {
  const parts = [...problems.map(describeProblem), ...denying.map(describeViolation)];
  const verb = allowed ? 'would deny' : 'denied';
  return `dockgate ${verb} ${operation.replace('.', ' ')}: ${parts.join('; ')}`;
}
