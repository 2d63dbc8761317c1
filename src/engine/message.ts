/**
 * The deny message the docker CLI prints after "authorization denied by plugin <name>:".
 * One line, every violation with its rule id, the field and value found, the CIS
 * reference and the fix.
 */
import { redactFindingOf, redactString } from '../audit/redact.js';
import type { RequestProblem } from '../request/problems.js';
import type { Violation } from '../core/decision.js';
import type { Finding } from '../core/rule.js';

const MAX_VALUE = 120;

// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// eslint-disable-next-line no-control-regex
const UNPRINTABLE_ALL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** Keeps requester-chosen text on one short, printable line. */
export function clean(text: string, max = MAX_VALUE): string {
  // Most text has nothing to replace: tested first, replaced only when needed.
  const oneLine = UNPRINTABLE.test(text) ? text.replace(UNPRINTABLE_ALL, '?') : text;
  return oneLine.length > max ? `${oneLine.slice(0, max)}...` : oneLine;
}

/** A finding's fix in the forms users write: the CLI flag, then compose's key where it differs, then the note. */
export function describeFix(f: Finding): string {
  const compose = f.compose === undefined ? '' : ` (compose: ${f.compose})`;
  const note = f.note === undefined ? '' : `; ${f.note}`;
  return `${f.fix}${compose}${note}`;
}

export function describeViolation(v: Violation): string {
  // The message reaches the daemon's log too: the same redaction as the audit log.
  const what = v.finding.summary !== undefined ? clean(redactString(v.finding.summary)) : `${v.finding.field}=${clean(redactFindingOf(v.finding))}`;
  const cis = v.cis ? ` (CIS ${v.cis})` : '';
  return `[${v.rule}] ${what}${cis}: ${describeFix(v.finding)}`;
}

export function describeProblem(p: RequestProblem): string {
  return `[${p.code}] ${clean(p.detail, 400)}: ${p.fix}`;
}

/** The operator's footer (the policy's `messages`), and the decision id that finds the log line. */
export interface MessageExtras {
  /** The decision id, also in the decision's log line. */
  readonly id?: string;
  /** The policy's `messages.help` and `messages.url`. */
  readonly help?: string;
  readonly url?: string;
}

/** ` Help: <help> <url>` (the operator's footer), nothing when the policy sets neither. */
export function helpFooter(extras: MessageExtras): string {
  if ((extras.help === undefined || extras.help === '') && (extras.url === undefined || extras.url === '')) return '';
  const text = [extras.help, extras.url].filter((s): s is string => s !== undefined && s !== '').map((s) => clean(s, 300));
  return text.length === 0 ? '' : `. Help: ${text.join(' ')}`;
}

/**
 * `dockgate denied container create: [rule] what (CIS n): fix; [rule] .... Help: <help> <url> (decision dg-...)`.
 * The id is in parentheses, not brackets: `[...]` holds rule ids and problem codes only.
 */
export function formatMessage(operation: string, problems: readonly RequestProblem[], denying: readonly Violation[], allowed: boolean, extras: MessageExtras = {}): string {
  // One string built in order (problems, then violations, `; ` between), no intermediate arrays.
  let parts = '';
  let first = true;
  for (const p of problems) {
    parts = first ? describeProblem(p) : `${parts}; ${describeProblem(p)}`;
    first = false;
  }
  for (const v of denying) {
    parts = first ? describeViolation(v) : `${parts}; ${describeViolation(v)}`;
    first = false;
  }
  const verb = allowed ? 'would deny' : 'denied';
  const id = extras.id === undefined ? '' : ` (decision ${extras.id})`;
  return `dockgate ${verb} ${operationWords(operation)}: ${parts}${helpFooter(extras)}${id}`;
}

const OPERATION_WORDS = new Map<string, string>();

/** `container.create` as `container create` (the route table's operations, each worked out once). */
function operationWords(operation: string): string {
  let words = OPERATION_WORDS.get(operation);
  if (words === undefined) {
    words = operation.replace('.', ' ');
    // Operations come from the route table (a few dozen); anything else is not kept.
    if (OPERATION_WORDS.size < 256) OPERATION_WORDS.set(operation, words);
  }
  return words;
}
