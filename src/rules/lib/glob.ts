/**
 * micromatch globs (`dot: true`). A rule compiles its option globs once, in `create` (once per
 * compiled policy and profile), and its handlers call the matcher.
 */
import micromatch from 'micromatch';

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

export function globMatcher(globs: readonly string[]): Matcher {
  const each = globs.map(compileGlob);
  return (value) => each.some((f) => f(value));
}

/** The directory every path a glob can match lies in (`/var/lib/docker/**` → `/var/lib/docker`). */
export function globBase(glob: string): string {
  const base = micromatch.scan(glob).base;
  return base === '' ? '/' : base;
}
