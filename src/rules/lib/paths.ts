/** Host paths as the daemon sees them: Go's path.Clean, and "is under" / "is a parent of". */

/** Go's path.Clean (lexical: `..` above the root stays at the root, `//` and `.` collapse). */
export function goPathClean(p: string): string {
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
      continue;
    }
    out.push(part);
  }
  const joined = out.join('/');
  if (rooted) return `/${joined}`;
  return joined === '' ? '.' : joined;
}

/** True when `path` is `dir` or below it (both clean and absolute). */
export function isWithin(path: string, dir: string): boolean {
  // Below: `dir` then a slash (the same as startsWith(dir + '/'), without building that string).
  return path === dir || dir === '/' || (path.startsWith(dir) && path.charCodeAt(dir.length) === 0x2f);
}

/** A policy's list of host paths, each through goPathClean (a rule does it once, in `create`). */
export function cleanPaths(paths: readonly string[]): readonly string[] {
  return paths.map(goPathClean);
}
