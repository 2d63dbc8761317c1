/**
 * micromatch globs (`dot: true`), compiled once per policy: the policy's option arrays keep
 * their identity for the life of a compiled policy, so they key the cache.
 */
import micromatch from 'micromatch';

export type Matcher = (value: string) => boolean;

const cache = new WeakMap<readonly string[], Matcher>();

export function globMatcher(globs: readonly string[]): Matcher {
  let m = cache.get(globs);
  if (!m) {
    const each = globs.map((g) => micromatch.matcher(g, { dot: true }));
    m = (value) => each.some((f) => f(value));
    cache.set(globs, m);
  }
  return m;
}

/** The directory every path a glob can match lies in (`/var/lib/docker/**` → `/var/lib/docker`). */
export function globBase(glob: string): string {
  const base = micromatch.scan(glob).base;
  return base === '' ? '/' : base;
}
