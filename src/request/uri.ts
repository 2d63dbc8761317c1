/**
 * Parses the daemon's `RequestUri` (the raw HTTP request target) the way Go's net/http
 * (url.ParseRequestURI) and the daemon's router read it: a scheme, when there is one, is
 * followed by a path or by `//authority` and a path (absolute form); control characters are
 * refused; the path is percent-decoded (the router matches the decoded path; invalid UTF-8
 * reads as one U+FFFD per byte, as Go reads it); the query is split like url.ParseQuery
 * (`&` only, `+` is a space, pairs with `;` or a bad escape are dropped, the first value of a
 * repeated key wins). Checked against Go by test/differential/router.test.ts.
 */
import { decodeUtf8Go } from './gojson/utf8.js';

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
  return decodeUtf8Go(out.subarray(0, n));
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

/** net/url refuses ASCII control characters anywhere in a URL (stringContainsCTLByte). */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const CONTROL = /[\u0000-\u001f\u007f]/;
/** url.getScheme: a letter, then letters, digits, `+`, `-`, `.`, up to the first `:`. */
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
/**
 * The authorities dockgate accepts in an absolute-form target: a host of unreserved and
 * sub-delimiter characters, or a bracketed IPv6 literal, and an optional numeric port. Every
 * Go version accepts these. Anything else (user info, escapes, zones) is reported as a
 * problem: Go versions differ on some of them, and no Docker client sends them.
 */
const SIMPLE_AUTHORITY = /^(?:[A-Za-z0-9._~!$&'()*+,;=-]*|\[[0-9A-Fa-f:.]+\])(?::[0-9]*)?$/;

export function parseRequestUri(requestUri: string): ParsedUri {
  let problem: string | undefined;
  if (CONTROL.test(requestUri)) problem = 'control character in the request target (net/http answers 400)';
  let rest = requestUri;
  const scheme = SCHEME.exec(rest);
  if (scheme) rest = rest.slice(scheme[0].length);
  // The query starts at the first `?`, before any authority is looked for.
  const q = rest.indexOf('?');
  let rawPath = q < 0 ? rest : rest.slice(0, q);
  const query = parseQuery(q < 0 ? '' : rest.slice(q + 1));
  if (requestUri === '*') {
    problem ??= 'request target "*" (only OPTIONS takes it, and net/http answers that itself)';
  } else if (!rawPath.startsWith('/')) {
    problem ??= scheme ? 'absolute URI without a path (opaque)' : 'request target is neither a path nor an absolute URI';
  } else if (scheme && rawPath.startsWith('//')) {
    const slash = rawPath.indexOf('/', 2);
    const authority = slash < 0 ? rawPath.slice(2) : rawPath.slice(2, slash);
    rawPath = slash < 0 ? '' : rawPath.slice(slash);
    if (!SIMPLE_AUTHORITY.test(authority)) problem ??= `unusual authority ${JSON.stringify(authority)} in an absolute-form target`;
  }
  const decoded = pathUnescape(rawPath);
  if (decoded === undefined) {
    return { path: rawPath, rawPath, query, problem: problem ?? 'malformed percent-escape in path' };
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
