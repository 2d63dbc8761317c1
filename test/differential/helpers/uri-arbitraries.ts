/**
 * Request targets as an attacker writes them, built from the real route table: templates
 * filled with odd values, percent-encoding of any character, absolute form with odd
 * authorities, version prefixes, dot segments, doubled slashes, case changes, query tricks,
 * encoded and raw control characters.
 */
import fc from 'fast-check';
import { ROUTES } from '../../../src/request/routes.js';

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'post', 'PATCH'];

const CLEAN_VALUES = ['abc', 'web-1', 'x', 'create', 'json', 'dockgate', 'dockgate:latest', 'a;x', 'a b', 'a+b', 'é', '%C3%A9', '%63reate', 'a%2Fb', 'a/b', ''];

const ODD_VALUES = [
  'abc', 'web-1', 'a/b', 'a%2Fb', 'a%2fb', '%2F', '..', '.', '%2E%2E', '%2e', 'a%0Ab', '%0A', 'a%0Db', 'a\nb', 'a;x', 'a%3Bx', 'é', '%C3%A9',
  '%ff', '%e2%82', '%', '%zz', '%2', 'a b', 'a+b', '#x', 'a?b', 'create', 'json', 'x/../create', 'dockgate:latest', '%00', '%7f', '\u2028', 'a%u0041',
];

const PREFIXES = [
  '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', 'http://x', 'HTTP://localhost:2375', 'unix://docker.sock', 'http://user@host', 'http://[::1]:80', 'http://host:port', 'http://[bad',
  'http://a%41b', 'http://a%zzb', 'http:', 'h1+.-:', '1a://x', '//x', 'http://x?y', 'http://x#y', 'a:b', ':', 'tcp://0.0.0.0:2375',
];

const VERSIONS = ['', '', '', '/v1.41', '/v1.41.0', '/v01.41', '/v1', '/v', '/v.', '/v...', '/V1.41', '/v1.41a', '/v%31.41', '/v1.41/v1.41', '/v1%2E41', '/v-1'];

const QUERIES = [
  '', '', '', '?', '??', '?name=web', '?name=a&name=b', '?name=a+b', '?name=%zz&name=ok', '?a;b=1&name=x', '?name', '?=x', '?%6eame=x', '?name=%00',
  '?name=%ff', '?name=a%26b', '?&&name=x&', '?name=x;y', '?NAME=x', '?name=%2B', '?x=/auth', '#frag', '?name=a#b', '?name=%e2%82',
];

/** Percent-encodes some characters of a literal path part (%63reate), upper or lower hex. */
function encodeSome(s: string, mask: number): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const bit = (mask >>> (i % 30)) & 1;
    const ch = s.charAt(i);
    if (bit === 1 && ch !== '/') {
      const hex = Buffer.from(ch, 'utf8').toString('hex');
      const h = ((mask >>> ((i + 3) % 30)) & 1) === 1 ? hex.toUpperCase() : hex;
      out += h.replace(/(..)/g, '%$1');
    } else out += ch;
  }
  return out;
}

type Mutation = 'none' | 'encode' | 'upper' | 'double-slash' | 'dot' | 'dotdot' | 'trailing-slash' | 'trailing-dot' | 'semicolon' | 'encoded-slash';
const mutations = fc.constantFrom<Mutation>('none', 'none', 'none', 'none', 'encode', 'encode', 'upper', 'double-slash', 'dot', 'dotdot', 'trailing-slash', 'trailing-dot', 'semicolon', 'encoded-slash');

function mutate(path: string, m: Mutation, n: number): string {
  const slashes: number[] = [];
  for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) slashes.push(i);
  const at = slashes.length > 0 ? slashes[n % slashes.length]! : 0;
  switch (m) {
    case 'none':
      return path;
    case 'encode':
      return encodeSome(path, n);
    case 'upper':
      return path.toUpperCase();
    case 'double-slash':
      return `${path.slice(0, at)}/${path.slice(at)}`;
    case 'dot':
      return `${path.slice(0, at)}/.${path.slice(at)}`;
    case 'dotdot':
      return `${path.slice(0, at)}/x/..${path.slice(at)}`;
    case 'trailing-slash':
      return `${path}/`;
    case 'trailing-dot':
      return `${path}/.`;
    case 'semicolon':
      return `${path};x`;
    case 'encoded-slash':
      return at > 0 ? `${path.slice(0, at)}%2F${path.slice(at + 1)}` : path;
  }
}

/** A route of the table: its method (mostly) and its template with the variables filled. */
const templatePath = fc
  .tuple(fc.nat({ max: ROUTES.length - 1 }), fc.array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...CLEAN_VALUES) }, { weight: 3, arbitrary: fc.constantFrom(...ODD_VALUES) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }), { minLength: 4, maxLength: 4 }), fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom(...METHODS) }))
  .map(([index, values, otherMethod]) => {
    const route = ROUTES[index]!;
    let i = 0;
    const path = route.path.replace(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/g, () => values[i++ % values.length]!);
    return { method: otherMethod ?? route.method, path };
  });

/** Characters a raw target might hold (the daemon's request line excludes spaces and controls; the plugin must not care). */
const rawTarget = fc.string({ unit: fc.constantFrom('/', '/', 'a', 'v', '1', '.', '%', '2', 'F', 'e', '?', '&', '=', ';', '#', '+', ':', '\n', '\t', ' ', '\u007f', 'é', 'c', 'r', 'n', 's') as fc.Arbitrary<string>, maxLength: 24 });

export const requestTarget: fc.Arbitrary<{ method: string; uri: string }> = fc.oneof(
  {
    weight: 9,
    arbitrary: fc
      .tuple(fc.constantFrom(...PREFIXES), fc.constantFrom(...VERSIONS), templatePath, mutations, fc.nat(), fc.constantFrom(...QUERIES))
      .map(([prefix, version, { method, path }, m, n, query]) => ({ method, uri: prefix + mutate(version + path, m, n) + query })),
  },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...METHODS), rawTarget).map(([method, uri]) => ({ method, uri })) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...METHODS), fc.constantFrom('*', '', '/', '//', '/v1.41', '/v1.41/', '/_ping', '/containers/create', 'http://x', 'http://x/', '/%2e%2e/containers/create'))
      .map(([method, uri]) => ({ method, uri })),
  },
);
