/**
 * fast-check arbitraries for request bodies, driven by the docker-types schemas and mutated the
 * ways an attacker would: key case and Unicode folding variants (ſ, K) and look-alikes that do
 * not fold (ı, İ, Cyrillic, fullwidth), `\u` escapes in keys and values, duplicate keys and
 * objects split across duplicates, nulls, single strings for arrays, top-level HostConfig
 * fields, unknown keys with deep values, numbers in every form, invalid UTF-8, lone surrogates,
 * and now and then a broken byte.
 */
import fc from 'fast-check';
import type { Schema, StructSchema } from '../../../src/request/gojson/schema.js';
import { arr, lit, NULL, obj, str, toBytes, type Chunk, type JNode, type JText } from './json-text.js';

/** Field names the rules read (or that lead to them): generated more often. */
const HOT_FIELDS = new Set([
  'HostConfig', 'Privileged', 'NetworkMode', 'SecurityOpt', 'CapAdd', 'CapDrop', 'Memory', 'MemorySwap',
  'RestartPolicy', 'Name', 'MaximumRetryCount', 'Image', 'Cmd', 'Entrypoint', 'User', 'Mounts', 'Binds',
  'PidsLimit', 'Type', 'Source', 'Target', 'BindOptions', 'Propagation', 'PortBindings', 'Devices',
  'Cpuset', 'CpusetCpus', 'Init', 'PidMode', 'IpcMode', 'UsernsMode', 'Shell', 'Env', 'TaskTemplate',
  'ContainerSpec', 'Privileges', 'Seccomp', 'AppArmor', 'Mode', 'CapabilityAdd', 'Resources', 'Limits',
  'MemoryBytes', 'Networks', 'MaxAttempts', 'Condition', 'ConsoleSize', 'HostIp', 'HostPort',
]);

const STRINGS = [
  '', 'x', 'host', 'HOST', 'none', 'bridge', 'default', 'container:abc', 'seccomp=unconfined', 'seccomp:unconfined',
  'apparmor=unconfined', 'apparmor:unconfined', 'no-new-privileges', 'label=disable', 'always', 'unless-stopped',
  'on-failure', 'no', 'SYS_ADMIN', 'sys_admin', 'CAP_SYS_ADMIN', 'ALL', 'NET_ADMIN', '/', '/etc:/etc:ro',
  '/var/run/docker.sock:/var/run/docker.sock', 'bind', 'volume', 'tmpfs', 'rshared', '80/tcp', '0.0.0.0', '::',
  'busybox:1.36', 'root', '0', '0:0', '__proto__', 'constructor', 'hasOwnProperty', 'ſ', 'K', 'ı', 'é', '日本', '\u0000', '\n',
];

/** Invalid UTF-8 sequences, and well-formed ones to mix with them. */
const BYTES: readonly (readonly number[])[] = [
  [0xff], [0x80], [0xc0, 0x80], [0xc3], [0xe2, 0x82], [0xe2, 0x82, 0x41], [0xf0, 0x9f, 0x98], [0xed, 0xa0, 0x80],
  [0xf4, 0x90, 0x80, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xc5, 0xbf], [0xe2, 0x84, 0xaa], [0xef, 0xbb, 0xbf],
];

const SURROGATES = ['\\ud800', '\\udc00', '\\uD800\\uD800', '\\udbff\\udfff', '\\ud83d\\ude00', '\\ud800\\u0041', '\\udfff\\ud800', '\\u0000', '\\u00e9'];

function hex4(code: number, upper: boolean): string {
  const h = code.toString(16).padStart(4, '0');
  return `\\u${upper ? h.toUpperCase() : h}`;
}

/** Writes a JS string as literal content, escaping some or all of it as \uXXXX. */
function spell(s: string, mode: 'plain' | 'all' | 'some', seed: number): JText {
  if (mode === 'plain') return [s];
  const out: Chunk[] = [];
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const bit = (seed >>> (i % 24)) & 1;
    if (mode === 'all' || bit === 1) out.push({ esc: hex4(code, ((seed >>> ((i + 7) % 24)) & 1) === 1) });
    else out.push(s.charAt(i));
  }
  return out;
}

const textModes = fc.constantFrom<'plain' | 'all' | 'some'>('plain', 'plain', 'plain', 'all', 'some');

/** A string value: interesting words, random Unicode, escapes, invalid bytes, lone surrogates. */
export const stringText: fc.Arbitrary<JText> = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...STRINGS), textModes, fc.nat()).map(([s, m, n]) => spell(s, m, n)) },
  { weight: 2, arbitrary: fc.tuple(fc.string({ maxLength: 8, unit: 'binary' }), textModes, fc.nat()).map(([s, m, n]) => spell(s, m, n)) },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.oneof(fc.constantFrom(...STRINGS), fc.constantFrom(...BYTES).map((bytes) => ({ bytes })), fc.constantFrom(...SURROGATES).map((esc) => ({ esc }))), { minLength: 1, maxLength: 4 })
      .map((parts): JText => parts),
  },
);

const stringNode: fc.Arbitrary<JNode> = stringText.map((s) => ({ t: 'str', s }) as const);

function intEdges(bits: number, unsigned: boolean): string[] {
  const max = unsigned ? (1n << BigInt(bits)) - 1n : (1n << BigInt(bits - 1)) - 1n;
  const min = unsigned ? 0n : -(1n << BigInt(bits - 1));
  return [max, max + 1n, min, min - 1n].map(String);
}

/** Number literals in every JSON form, for an integer field of this size. */
function intLiteral(bits: number, unsigned: boolean): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 12, arbitrary: fc.integer({ min: -5, max: 1 << 30 }).map(String) },
    { weight: 2, arbitrary: fc.constantFrom(...intEdges(bits, unsigned), '0', '-0', '1', '-1', '67108864', '9007199254740993', '9223372036854775807', '18446744073709551615') },
    { weight: 1, arbitrary: numberForms },
  );
}

const numberForms = fc.constantFrom(
  '1e3', '1E3', '1e+3', '1.0', '-0.0', '0.5', '1e-3', '0e0', '-0e-0', '1e400', '-1e400', '1e-400', '4.9e-324', '1.7976931348623157e308',
  '123456789012345678901234567890', '-123456789012345678901234567890', '3.4028235e38', '3.5e38', '0.1', '67108864.0', '6.7108864e7',
);

const floatLiteral: fc.Arbitrary<string> = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((d) => (Object.is(d, -0) ? '-0' : String(d))),
  numberForms,
  fc.integer().map(String),
);

/** A small arbitrary JSON value (for `any` fields, wrong types and unknown keys). */
const anyJson: fc.Arbitrary<JNode> = fc.letrec<{ v: JNode }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('true', 'false', 'null', '0', '-1', '1.5', '1e400', '[0,0]', '{}', '[]').map(lit),
    stringNode,
    fc.array(tie('v'), { maxLength: 3 }).map((a) => ({ t: 'arr', a }) as const),
    fc.array(fc.tuple(fc.constantFrom('a', 'Memory', 'Privileged', 'HostConfig', 'x'), tie('v')), { maxLength: 3 }).map((m) => obj(...m)),
  ),
})).v;

/** Nesting far deeper than any real body (the property tests stay below Go's 10000 limit). */
const deepJson: fc.Arbitrary<JNode> = fc.tuple(fc.integer({ min: 1, max: 300 }), fc.constantFrom('[', '{"a":', '[{"x":')).map(([depth, open]) => {
  const close = open === '[' ? ']' : open === '{"a":' ? '}' : '}]';
  return lit(`${open.repeat(depth)}1${close.repeat(depth)}`);
});

/** A JSON value of another type than the schema expects. */
function wrongFor(s: Schema): fc.Arbitrary<JNode> {
  const all: [string, fc.Arbitrary<JNode>][] = [
    ['bool', fc.constantFrom('true', 'false').map(lit)],
    ['number', fc.constantFrom('0', '1', '-1', '1.5').map(lit)],
    ['string', stringNode],
    ['array', fc.constantFrom('[]', '[1]', '["x"]', '[null]', '[{}]').map(lit)],
    ['object', fc.constantFrom('{}', '{"a":1}', '{"Name":"x"}').map(lit)],
  ];
  const own: Record<string, string[]> = {
    bool: ['bool'], int: ['number'], float: ['number'], string: ['string'], strslice: ['string', 'array'],
    slice: ['array'], bytes: ['string', 'array'], map: ['object'], struct: ['object'], ptr: [], any: ['bool', 'number', 'string', 'array', 'object'],
  };
  const skip = new Set(own[s.kind === 'ptr' ? s.elem.kind : s.kind] ?? []);
  const left = all.filter(([k]) => !skip.has(k)).map(([, a]) => a);
  return left.length > 0 ? fc.oneof(...left) : fc.constant(NULL);
}

const LOOKALIKE: Readonly<Record<string, string>> = {
  i: '\u0131', I: '\u0130', e: '\u0435', a: '\u0430', o: '\u03bf', s: '\u0455', S: '\uff33', K: '\u039a', k: '\u0138', c: '\u0441', p: '\u0440',
};

type KeyStrategy = 'exact' | 'lower' | 'upper' | 'mixed' | 'longS' | 'longSEsc' | 'kelvin' | 'kelvinEsc' | 'lookalike' | 'escape' | 'invalid' | 'suffix';
const keyStrategies = fc.constantFrom<KeyStrategy>('exact', 'exact', 'exact', 'exact', 'lower', 'upper', 'mixed', 'longS', 'longSEsc', 'kelvin', 'kelvinEsc', 'lookalike', 'escape', 'invalid', 'suffix');

function replaceOne(name: string, pred: (c: string) => boolean, n: number, by: (c: string) => Chunk): JText | undefined {
  // Field names are ASCII: code units are characters.
  const at = name.split('').map((c, i) => (pred(c) ? i : -1)).filter((i) => i >= 0);
  if (at.length === 0) return undefined;
  const i = at[n % at.length]!;
  return [name.slice(0, i), by(name.charAt(i)), name.slice(i + 1)];
}

/** How a key for the field `name` may be written. */
export function keyText(name: string, strategy: KeyStrategy, n: number): JText {
  switch (strategy) {
    case 'exact':
      return [name];
    case 'lower':
      return [name.toLowerCase()];
    case 'upper':
      return [name.toUpperCase()];
    case 'mixed':
      return [name.replace(/./g, (c, i: number) => (((n >>> (i % 24)) & 1) === 1 ? c.toUpperCase() : c.toLowerCase()))];
    case 'longS':
      return replaceOne(name, (c) => c === 's' || c === 'S', n, () => '\u017f') ?? [name.toLowerCase()];
    case 'longSEsc':
      return replaceOne(name, (c) => c === 's' || c === 'S', n, () => ({ esc: (n & 1) === 1 ? '\\u017F' : '\\u017f' })) ?? [name.toUpperCase()];
    case 'kelvin':
      return replaceOne(name, (c) => c === 'k' || c === 'K', n, () => '\u212a') ?? [name];
    case 'kelvinEsc':
      return replaceOne(name, (c) => c === 'k' || c === 'K', n, () => ({ esc: '\\u212a' })) ?? [name];
    case 'lookalike':
      return replaceOne(name, (c) => c in LOOKALIKE, n, (c) => LOOKALIKE[c]!) ?? [name];
    case 'escape':
      return spell(name, (n & 1) === 1 ? 'all' : 'some', n);
    case 'invalid':
      return [name, { bytes: BYTES[n % BYTES.length]! }];
    case 'suffix':
      return [name, [' ', '\u0000', '\u200b', 'x'][n % 4]!];
  }
}

const keyFor = (name: string): fc.Arbitrary<JText> => fc.tuple(keyStrategies, fc.nat()).map(([s, n]) => keyText(name, s, n));

const MAP_KEYS = ['80/tcp', '80', '80/TCP', 'a', 'A', 'b', '__proto__', 'constructor', 'net.ipv4.ip_forward', 'default', 'host', ''];

interface Field {
  readonly name: string;
  readonly schema: Schema;
}

/** The JSON names a struct accepts: its own fields, then those promoted from embedded structs. */
function fieldsOf(s: StructSchema): Field[] {
  const out: Field[] = Object.entries(s.fields).map(([name, schema]) => ({ name, schema }));
  const own = new Set(out.map((f) => f.name));
  for (const embedded of Object.values(s.embedded)) {
    for (const [name, schema] of Object.entries(embedded.fields)) if (!own.has(name)) out.push({ name, schema });
  }
  return out;
}

const cache = new Map<Schema, fc.Arbitrary<JNode>>();

/** A value for a schema: usually of the right type, sometimes null or of a wrong type. */
export function valueFor(s: Schema): fc.Arbitrary<JNode> {
  let arb = cache.get(s);
  if (!arb) {
    // Docker's types are not recursive, so building cannot come back to `s`.
    arb = build(s);
    cache.set(s, arb);
  }
  return arb;
}

function build(s: Schema): fc.Arbitrary<JNode> {
  const nul = fc.constant(NULL);
  const wrong = wrongFor(s);
  const mix = (main: fc.Arbitrary<JNode>, nullWeight = 1, wrongWeight = 1): fc.Arbitrary<JNode> =>
    fc.oneof({ weight: 40, arbitrary: main }, { weight: nullWeight * 3, arbitrary: nul }, { weight: wrongWeight, arbitrary: wrong });
  switch (s.kind) {
    case 'bool':
      return mix(fc.constantFrom('true', 'false').map(lit));
    case 'int':
      return mix(intLiteral(s.bits, s.unsigned).map(lit));
    case 'float':
      return mix(floatLiteral.map(lit));
    case 'string':
      return mix(stringNode);
    case 'any':
      return anyJson;
    case 'strslice': {
      const elem = fc.oneof({ weight: 8, arbitrary: stringNode }, { weight: 3, arbitrary: nul }, { weight: 1, arbitrary: wrongFor({ kind: 'string' }) });
      return mix(fc.oneof({ weight: 3, arbitrary: fc.array(elem, { maxLength: 4 }).map((a) => arr(...a)) }, { weight: 2, arbitrary: stringNode }), 2);
    }
    case 'slice': {
      const elem = fc.oneof({ weight: 6, arbitrary: valueFor(s.elem) }, { weight: 1, arbitrary: nul });
      return mix(fc.array(elem, { maxLength: 4 }).map((a) => arr(...a)), 2);
    }
    case 'bytes': {
      // []byte: base64 text (valid, split by \r\n or \u escapes, badly padded, other digits), or numbers.
      const valid = fc.uint8Array({ maxLength: 12 }).map((b) => Buffer.from(b).toString('base64'));
      const spoilt = fc.tuple(valid, fc.nat(16), fc.constantFrom('\n', '\r\n', '=', '==', '-', '_', ' ', 'A', '\u0000', 'é')).map(([t, i, x]) => t.slice(0, i % (t.length + 1)) + x + t.slice(i % (t.length + 1)));
      const unpadded = valid.map((t) => t.replace(/=+$/, ''));
      const text = fc.oneof({ weight: 4, arbitrary: valid }, { weight: 3, arbitrary: spoilt }, { weight: 1, arbitrary: unpadded });
      const asString = fc.tuple(text, textModes, fc.nat()).map(([t, mode, seed]) => str(...spell(t, mode, seed)));
      const byte = fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 255 }).map(String) }, { weight: 1, arbitrary: fc.constantFrom('256', '-1', '1.0', '1e2', '"1"', 'null') }).map(lit);
      return mix(fc.oneof({ weight: 3, arbitrary: asString }, { weight: 1, arbitrary: fc.array(byte, { maxLength: 6 }).map((a) => arr(...a)) }), 2);
    }
    case 'map': {
      const key = fc.oneof(fc.constantFrom(...MAP_KEYS).map((k): JText => [k]), stringText);
      return mix(fc.array(fc.tuple(key, valueFor(s.elem)), { maxLength: 4 }).map((m) => obj(...m)), 2);
    }
    case 'ptr':
      return fc.oneof({ weight: 4, arbitrary: valueFor(s.elem) }, { weight: 1, arbitrary: nul });
    case 'struct':
      return mix(structObject(s));
  }
}

function structObject(s: StructSchema): fc.Arbitrary<JNode> {
  const fields = fieldsOf(s);
  const hot = fields.filter((f) => HOT_FIELDS.has(f.name));
  const member = (f: Field): fc.Arbitrary<readonly [JText, JNode]> => fc.tuple(keyFor(f.name), valueFor(f.schema));
  const unknown = fc.tuple(
    fc.oneof(fc.constantFrom('Unknown', 'hostConfig2', '__proto__', 'constructor', ''), stringText.map((t) => t.map((c) => c))).map((k): JText => (typeof k === 'string' ? [k] : k)),
    fc.oneof(anyJson, deepJson),
  );
  const choices: { weight: number; arbitrary: fc.Arbitrary<readonly [JText, JNode]> }[] = [];
  if (hot.length > 0) choices.push({ weight: 6, arbitrary: fc.oneof(...hot.map(member)) });
  if (fields.length > 0) choices.push({ weight: 3, arbitrary: fc.oneof(...fields.map(member)) });
  choices.push({ weight: 1, arbitrary: unknown });
  return fc.array(fc.oneof(...choices), { maxLength: hot.length > 0 ? 8 : 4 }).map((m) => ({ t: 'obj', m }) as const);
}

/** Whitespace put after every `:` and `,`. */
const whitespace = fc.constantFrom('', '', '', ' ', '\n\t', '\r\n  ');

/** A byte-level accident: the kind of damage that must give a syntax error in both decoders. */
const damage = fc.tuple(fc.constantFrom('delete', 'insert', 'truncate', 'append', 'prepend'), fc.nat(), fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', ' ', 'x', '0', '\u00ff', 'null', '}}', ']', '\ufeff'));

function applyDamage(b: Buffer, [op, n, piece]: [string, number, string]): Buffer {
  const at = b.length === 0 ? 0 : n % b.length;
  const p = Buffer.from(piece, 'utf8');
  switch (op) {
    case 'delete':
      return Buffer.concat([b.subarray(0, at), b.subarray(at + 1)]);
    case 'insert':
      return Buffer.concat([b.subarray(0, at), p, b.subarray(at)]);
    case 'truncate':
      return b.subarray(0, at);
    case 'append':
      return Buffer.concat([b, p]);
    default:
      return Buffer.concat([p, b]);
  }
}

/** The slice fields of a struct, directly or through struct and pointer fields (two levels). */
function arrayFields(s: StructSchema, depth = 0): { path: string[]; elem: Schema; strslice: boolean }[] {
  const out: { path: string[]; elem: Schema; strslice: boolean }[] = [];
  for (const f of fieldsOf(s)) {
    const t = f.schema.kind === 'ptr' ? f.schema.elem : f.schema;
    if (t.kind === 'slice') out.push({ path: [f.name], elem: t.elem, strslice: false });
    else if (t.kind === 'strslice') out.push({ path: [f.name], elem: { kind: 'string' }, strslice: true });
    else if (t.kind === 'struct' && depth < 1) for (const inner of arrayFields(t, depth + 1)) out.push({ ...inner, path: [f.name, ...inner.path] });
  }
  return out;
}

/**
 * One slice field given two to four times, with arrays of different lengths holding nulls:
 * the cases where Go merges a later array into the slots an earlier one left, and where
 * StrSlice (daemons <= 28) and []string (29+) part ways. Each occurrence sits in its own copy
 * of the enclosing object, or all in one.
 */
function repeatedArrays(s: StructSchema): fc.Arbitrary<JNode> | undefined {
  const fields = arrayFields(s);
  if (fields.length === 0) return undefined;
  return fc.oneof(
    ...fields.map(({ path, elem, strslice }) => {
      const element = fc.oneof({ weight: 3, arbitrary: strslice ? stringNode : valueFor(elem) }, { weight: 2, arbitrary: fc.constant(NULL) });
      const array = fc.oneof({ weight: 8, arbitrary: fc.array(element, { maxLength: 5 }).map((a) => arr(...a)) }, { weight: 1, arbitrary: fc.constant(NULL) }, { weight: strslice ? 1 : 0, arbitrary: stringNode });
      return fc.tuple(fc.array(fc.tuple(array, fc.array(fc.tuple(keyStrategies, fc.nat()), { minLength: path.length, maxLength: path.length })), { minLength: 2, maxLength: 4 }), fc.boolean()).map(([arrays, split]) => {
        const wrap = (value: JNode, keys: readonly (readonly [KeyStrategy, number])[]): (readonly [JText, JNode])[] => {
          let node = value;
          for (let i = path.length - 1; i >= 1; i--) node = { t: 'obj', m: [[keyText(path[i]!, keys[i]![0], keys[i]![1]), node]] };
          return [[keyText(path[0]!, keys[0]![0], keys[0]![1]), node]];
        };
        if (split || path.length === 1) return { t: 'obj', m: arrays.flatMap(([a, keys]) => wrap(a, keys)) } as const;
        // All occurrences as duplicate keys inside one enclosing object (path is two names here).
        const inner: JNode = { t: 'obj', m: arrays.map(([a, keys]) => [keyText(path[1]!, keys[1]![0], keys[1]![1]), a] as const) };
        const [outerStrategy, outerN] = arrays[0]![1][0]!;
        return { t: 'obj', m: [[keyText(path[0]!, outerStrategy, outerN), inner]] } as const;
      });
    }),
  );
}

/** A complete body for a struct schema, as bytes: mostly a (mutated) object, rarely damaged. */
export function bodyFor(schema: StructSchema, seeds: readonly JNode[] = []): fc.Arbitrary<Buffer> {
  const objects: fc.Arbitrary<JNode>[] = [structObject(schema)];
  if (seeds.length > 0) objects.push(fc.tuple(fc.constantFrom(...seeds), structObject(schema)).map(([seed, extra]) => mergeObjects(seed, extra)));
  const repeated = repeatedArrays(schema);
  if (repeated) objects.push(fc.tuple(repeated, structObject(schema)).map(([r, extra]) => mergeObjects(r, extra)));
  const rarely = <T>(a: fc.Arbitrary<T>, weight: number): fc.Arbitrary<T | null> => fc.oneof({ weight, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: a });
  return fc
    .tuple(fc.oneof(...objects), whitespace, rarely(damage, 10), rarely(fc.constantFrom('null', '[]', '"x"', '1', 'true', ' ', ''), 40))
    .map(([node, ws, dmg, other]) => {
      if (other !== null) return Buffer.from(other);
      const bytes = toBytes(node, ws);
      return dmg === null ? bytes : applyDamage(bytes, dmg);
    });
}

/** A real body with generated members put before, after, or in the middle of its own. */
function mergeObjects(seed: JNode, extra: JNode): JNode {
  if (seed.t !== 'obj' || extra.t !== 'obj') return seed;
  const half = Math.floor(extra.m.length / 2);
  return { t: 'obj', m: [...extra.m.slice(0, half), ...seed.m, ...extra.m.slice(half)] };
}

/** Converts a parsed JSON value (a real CLI body) to a tree. */
export function fromJson(v: unknown): JNode {
  if (v === null) return NULL;
  if (Array.isArray(v)) return arr(...v.map(fromJson));
  switch (typeof v) {
    case 'object':
      return obj(...Object.entries(v as Record<string, unknown>).map(([k, e]) => [k, fromJson(e)] as const));
    case 'string':
      return str(v);
    case 'number':
    case 'boolean':
      return lit(JSON.stringify(v));
    default:
      throw new Error(`not JSON: ${typeof v}`);
  }
}
