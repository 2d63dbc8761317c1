/**
 * Classifies a request into a dockgate operation the way the daemon's router (gorilla/mux)
 * picks a handler: routes in registration order, each tried with the `/v<digits and dots>`
 * prefix and without, on the decoded path, with an exact method match.
 */
import { ROUTES, type RouteSpec } from './routes.js';

interface CompiledRoute {
  readonly spec: RouteSpec;
  readonly regex: RegExp;
  readonly names: readonly string[];
}

export interface RouteMatch {
  readonly spec: RouteSpec;
  readonly params: ReadonlyMap<string, string>;
  /** The API version from the path prefix, when there is one. */
  readonly apiVersion: string | undefined;
}

/** RE2's `.` (no s flag) matches anything but a newline: spell that out for JavaScript. */
export function re2ToJs(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] ?? '';
    if (ch === '\\') {
      out += ch + (pattern[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (ch === ']') inClass = false;
      out += ch;
    } else if (ch === '[') {
      inClass = true;
      out += ch;
    } else {
      out += ch === '.' ? '[^\\n]' : ch;
    }
  }
  return out;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Turns a mux template (`/containers/{name:.*}/start`) into an anchored regex. */
export function compileTemplate(template: string): { regex: RegExp; names: string[] } {
  const names: string[] = [];
  let src = '^';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) {
      src += escapeRegex(template.slice(i));
      break;
    }
    src += escapeRegex(template.slice(i, open));
    // Find the matching close brace (patterns may hold braces, e.g. {n:[0-9]{2}}).
    let depth = 0;
    let close = open;
    for (; close < template.length; close++) {
      const ch = template[close];
      if (ch === '{') depth++;
      else if (ch === '}' && --depth === 0) break;
    }
    const inner = template.slice(open + 1, close);
    const colon = inner.indexOf(':');
    names.push(colon < 0 ? inner : inner.slice(0, colon));
    src += `(${colon < 0 ? '[^/]+' : re2ToJs(inner.slice(colon + 1))})`;
    i = close + 1;
  }
  return { regex: new RegExp(`${src}$`), names };
}

const COMPILED: readonly CompiledRoute[] = ROUTES.map((spec) => ({ spec, ...compileTemplate(spec.path) }));

const VERSION_PREFIX = /^\/v([0-9.]+)(\/.*)$/s;

function tryMatch(route: CompiledRoute, path: string): Map<string, string> | undefined {
  const m = route.regex.exec(path);
  if (!m) return undefined;
  const params = new Map<string, string>();
  route.names.forEach((name, idx) => params.set(name, m[idx + 1] ?? ''));
  return params;
}

/** Finds the handler the daemon would run for METHOD PATH (decoded path), if any. */
export function matchRoute(method: string, path: string): RouteMatch | undefined {
  const versioned = VERSION_PREFIX.exec(path);
  for (const route of COMPILED) {
    if (route.spec.anyMethodUnversioned === true) {
      // 20.10-27.x debug routes: registered once, without the version prefix, for any method.
      const params = tryMatch(route, path);
      if (params) return { spec: route.spec, params, apiVersion: undefined };
      continue;
    }
    if (route.spec.method !== method) continue;
    if (versioned) {
      const params = tryMatch(route, versioned[2] ?? '');
      if (params) return { spec: route.spec, params, apiVersion: versioned[1] };
    }
    const params = tryMatch(route, path);
    if (params) return { spec: route.spec, params, apiVersion: undefined };
  }
  return undefined;
}

/** Methods that cannot change anything on the daemon. */
export function isReadOnlyMethod(method: string): boolean {
  return method === 'GET' || method === 'HEAD' || method === 'OPTIONS';
}
