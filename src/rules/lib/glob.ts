/**
 * micromatch globs (`dot: true`), compiled once per policy: the policy's option arrays keep
 * their identity for the life of a compiled policy, so they key the cache.
 */
import micromatch from 'micromatch';
import { memoByObject } from '../../engine/memo.js';

export type Matcher = (value: string) => boolean;

const OPTIONS = { dot: true } as const;

/**
 * One glob as `micromatch.matcher(glob, { dot: true })` matches it, without the result
 * objects picomatch's matcher allocates on every call: `''` never matches, the glob's own
 * text always does, anything else is tested against the glob's regex (makeRe builds the same
 * one). test/unit/rules/lib.test.ts checks that the two agree.
 */
function compileGlob(glob: string): Matcher {
  const re = micromatch.makeRe(glob, OPTIONS);
  return (value) => value !== '' && (value === glob || re.test(value));
}

export const globMatcher = memoByObject((globs: readonly string[]): Matcher => {
  const each = globs.map(compileGlob);
  return (value) => each.some((f) => f(value));
});

/** The directory every path a glob can match lies in (`/var/lib/docker/**` → `/var/lib/docker`). */
export function globBase(glob: string): string {
  const base = micromatch.scan(glob).base;
  return base === '' ? '/' : base;
}
