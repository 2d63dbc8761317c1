/**
 * Decision ids: short enough to read off a screenshot of a deny message and type into a log
 * search, unique enough for a fleet. `dg-` + the time in milliseconds in base 36 (8 characters
 * until 2059) + 5 base-36 characters of a per-process counter that starts at a random value:
 * e.g. `dg-mir9x2k3fq7x0a`. Within one process two ids never repeat (the counter would have to
 * wrap, 60 million decisions, within one millisecond); two processes collide only in the same
 * millisecond with counters 60 million apart by chance. The same id is in the deny message and
 * in the decision's log line.
 */
import { randomInt } from 'node:crypto';

const SPACE = 36 ** 5;
let counter = randomInt(SPACE);

export function newDecisionId(now: number = Date.now()): string {
  counter = (counter + 1) % SPACE;
  return `dg-${now.toString(36)}${counter.toString(36).padStart(5, '0')}`;
}

/** What a decision id looks like (for tests and log searches). */
export const DECISION_ID = /^dg-[0-9a-z]{13,}$/;
