/**
 * Parses the daemon's `RequestUri` (the raw HTTP request target) the way Go's net/http
 * (url.ParseRequestURI) and the daemon's router read it: absolute form is reduced to its
 * path, the path is percent-decoded (the router matches the decoded path), the query is
 * split like url.ParseQuery (`&` only, `+` is a space, pairs with `;` or a bad escape are
 * dropped, the first value of a repeated key wins).
 */

export interface ParsedUri {
  /** The decoded path, with any `/v<version>` prefix still on. */
  readonly path: string;
  /** The raw (still escaped) path, for logs. */
  readonly rawPath: string;
  readonly query: ReadonlyMap<string, readonly string[]>;
  /** Set when the path is one Go's router would not route to a handler as it stands. */
  readonly problem?: string;
}

const HEX = /^[0-9a-fA-F]{2}$/;

/** Go's url.PathUnescape: every %XX is decoded; a malformed escape is an error. */
export function pathUnescape(s: string): string | undefined {
  if (!s.includes('%')) return s;
  const src = Buffer.from(s, 'utf8');
  const out = Buffer.alloc(src.length);
  let n = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i] ?? 0;
    if (c !== 0x25) {
      out[n++] = c;
      continue;
    }
    const hex = src.toString('latin1', i + 1, i + 3);
    if (!HEX.test(hex)) return undefined;
    out[n++] = parseInt(hex, 16);
    i += 2;
  }
  return out.toString('utf8', 0, n);
}

/** Go's url.QueryUnescape: like pathUnescape, and `+` is a space. */
function queryUnescape(s: string): string | undefined {
  return pathUnescape(s.replaceAll('+', ' '));
}

export function parseQuery(raw: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (raw === '') return out;
  for (const pair of raw.split('&')) {
    if (pair === '' || pair.includes(';')) continue;
    const eq = pair.indexOf('=');
    const key = queryUnescape(eq < 0 ? pair : pair.slice(0, eq));
    const value = queryUnescape(eq < 0 ? '' : pair.slice(eq + 1));
    if (key === undefined || value === undefined) continue;
    const list = out.get(key);
    if (list) list.push(value);
    else out.set(key, [value]);
  }
  return out;
}

/** gorilla/mux's cleanPath: path.Clean, keeping a trailing slash. */
export function cleanPath(p: string): string {
  if (p === '') return '/';
  const rooted = p.startsWith('/') ? p : `/${p}`;
  const out: string[] = [];
  for (const seg of rooted.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  let np = `/${out.join('/')}`;
  if (p.endsWith('/') && np !== '/') np += '/';
  return np;
}

const ABSOLUTE = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?]*/;

export function parseRequestUri(requestUri: string): ParsedUri {
  let target = requestUri;
  let problem: string | undefined;
  if (!target.startsWith('/')) {
    const m = ABSOLUTE.exec(target);
    if (m) target = target.slice(m[0].length);
    else problem = 'request target is neither a path nor an absolute URI';
  }
  const q = target.indexOf('?');
  const rawPath = q < 0 ? target : target.slice(0, q);
  const query = parseQuery(q < 0 ? '' : target.slice(q + 1));
  const decoded = pathUnescape(rawPath);
  if (decoded === undefined) {
    return { path: rawPath, rawPath, query, problem: 'malformed percent-escape in path' };
  }
  if (problem === undefined && cleanPath(decoded) !== decoded) {
    problem = `path ${JSON.stringify(decoded)} is not clean (the daemon redirects it)`;
  }
  return { path: decoded, rawPath, query, ...(problem === undefined ? {} : { problem }) };
}

/** The first value of a query parameter, as Go's FormValue returns it. */
export function queryValue(query: ReadonlyMap<string, readonly string[]>, key: string): string | undefined {
  return query.get(key)?.[0];
}
