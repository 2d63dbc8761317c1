/**
 * Decodes JSON bytes into a schema the way Go's encoding/json (v1) decodes them into the
 * daemon's structs. This is what makes dockgate see the request the daemon will act on:
 *
 * - object keys match struct fields exactly first, then case-insensitively with Unicode
 *   simple folding (so `hostconfig`, `HOSTCONFIG` and `ho\u017Ftconfig` all bind to HostConfig),
 *   after `\u` escapes are decoded;
 * - keys are applied in document order: scalars last-wins, objects decoded into structs,
 *   pointers to structs and maps merge, a JSON `null` leaves a bool, number or string as it
 *   was and resets a pointer, slice, map or interface;
 * - arrays decode element by element into the existing slice (Go reuses its backing array),
 *   so a later array merges into the elements of an earlier one, including slots past the
 *   current length that an earlier, longer array wrote (Go never clears them, and keeps them
 *   when it grows the array, whatever its version or growth policy);
 * - `strslice` fields (StrSlice up to daemon 28.x, a fresh slice each time; plain `[]string`
 *   from 29, which reuses like any slice) are decoded both ways; where the two results differ,
 *   the decode is marked ambiguous;
 * - unknown keys are skipped; a value of the wrong type is a type error (Go keeps going and
 *   the daemon answers 400), a syntax error stops everything;
 * - nesting deeper than Go's limit (10000) is an error, and skipped values are walked
 *   without recursion, so no body can exhaust the stack.
 *
 * Nothing from the JSON becomes a property name of a plain object: struct fields come from
 * the schema, map entries go into `Map`s, so `__proto__` and `constructor` are just data.
 */
import type { IntSchema, MapSchema, Schema, SliceSchema, StructSchema } from './schema.js';
import { decodeUtf8Go } from './utf8.js';

/** Go's encoding/json scanner refuses nesting deeper than this. */
export const GO_MAX_DEPTH = 10000;

/** Ambiguities reported per body (each one already denies; a body could hold millions). */
const MAX_AMBIGUITIES = 8;

export interface DecodeProblem {
  /** JSON path of the value, e.g. `HostConfig.Memory` */
  readonly path: string;
  readonly message: string;
}

export interface DecodeResult<T> {
  readonly value: T;
  /** Syntax error: Go decodes nothing at all. */
  readonly syntaxError?: DecodeProblem;
  /** First type error: Go goes on decoding, then the daemon rejects the request. */
  readonly typeError?: DecodeProblem;
  /** Places where the decoded value depends on the daemon's Go version (slice capacity). */
  readonly ambiguities: readonly DecodeProblem[];
  /** JSON names of the fields of the top-level struct that the body set (as matched). */
  readonly topLevelKeys: ReadonlySet<string>;
}

class SyntaxFailure extends Error {
  constructor(readonly problem: DecodeProblem) {
    super(problem.message);
  }
}

interface FieldRef {
  readonly name: string;
  readonly schema: Schema;
  /** For a field promoted from an embedded struct pointer: the holder property and its struct. */
  readonly holder: { readonly name: string; readonly schema: StructSchema } | undefined;
  /** Its position in StructPlan.fields. */
  readonly order: number;
}

/** What the decoder needs of a struct schema, worked out once per schema. */
interface StructPlan {
  /** Field by JSON key, exactly as declared. */
  readonly exact: Map<string, FieldRef>;
  /** Field by folded JSON key (see foldFieldName): Go's case-insensitive match. */
  readonly folded: Map<string, FieldRef>;
  /** Every field of `exact`: the struct's own in declaration order, then the promoted ones. */
  readonly fields: readonly FieldRef[];
  /**
   * The zero value, less its nested structs: every field's zero (false, 0, '' or nil, a nested
   * struct nil for now) and every embedded holder nil, in declaration order. zeroValue copies
   * it; it is never handed out.
   */
  readonly zeroTemplate: Readonly<Record<string, unknown>>;
  /** The fields of (non-pointer) struct type: each zero value gets its own zero nested struct. */
  readonly nestedStructs: readonly (readonly [string, StructSchema])[];
}

const structPlans = new WeakMap<StructSchema, StructPlan>();

/**
 * Folds a key the way Go compares struct field names (bytes.EqualFold): ASCII letters to
 * upper case, U+017F (long s) to S and U+212A (Kelvin sign) to K. Field names are ASCII and
 * no other character simple-folds to an ASCII letter, so any other non-ASCII character
 * means the key cannot match a field: return undefined.
 */
export function foldFieldName(key: string): string | undefined {
  let out = '';
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 0x80) {
      out += c >= 0x61 && c <= 0x7a ? String.fromCharCode(c - 0x20) : key.charAt(i);
    } else if (c === 0x17f) {
      out += 'S';
    } else if (c === 0x212a) {
      out += 'K';
    } else {
      return undefined;
    }
  }
  return out;
}

function structPlan(schema: StructSchema): StructPlan {
  const cached = structPlans.get(schema);
  if (cached) return cached;
  const fields: FieldRef[] = [];
  const exact = new Map<string, FieldRef>();
  const add = (name: string, fieldSchema: Schema, holder: FieldRef['holder']): void => {
    const ref = { name, schema: fieldSchema, holder, order: fields.length };
    fields.push(ref);
    exact.set(name, ref);
  };
  for (const [name, fieldSchema] of Object.entries(schema.fields)) add(name, fieldSchema, undefined);
  // Promoted fields: a direct field hides them; two at the same depth cancel out (Go's rule).
  const promoted = new Map<string, readonly [Schema, NonNullable<FieldRef['holder']>] | null>();
  for (const [holder, embedded] of Object.entries(schema.embedded)) {
    for (const [name, fieldSchema] of Object.entries(embedded.fields)) {
      if (exact.has(name)) continue;
      promoted.set(name, promoted.has(name) ? null : [fieldSchema, { name: holder, schema: embedded }]);
    }
  }
  for (const [name, found] of promoted) if (found) add(name, found[0], found[1]);
  const folded = new Map<string, FieldRef>();
  for (const [name, ref] of exact) {
    const key = foldFieldName(name);
    if (key !== undefined && !folded.has(key)) folded.set(key, ref);
  }
  const zero: [string, unknown][] = [];
  const nestedStructs: [string, StructSchema][] = [];
  for (const [name, fieldSchema] of Object.entries(schema.fields)) {
    if (fieldSchema.kind === 'struct') nestedStructs.push([name, fieldSchema]);
    zero.push([name, fieldSchema.kind === 'struct' ? null : zeroValue(fieldSchema)]);
  }
  for (const holder of Object.keys(schema.embedded)) zero.push([holder, null]);
  // Object.fromEntries gives a fast-mode object however many fields it has (see zeroValue).
  const plan = { exact, folded, fields, zeroTemplate: Object.fromEntries(zero), nestedStructs };
  structPlans.set(schema, plan);
  return plan;
}

/** The zero value of a schema, as Go would allocate it. */
export function zeroValue(schema: Schema): unknown {
  switch (schema.kind) {
    case 'bool':
      return false;
    case 'int':
    case 'float':
      return 0;
    case 'string':
      return '';
    case 'struct': {
      const plan = structPlan(schema);
      // Zero values are built per request. A spread of a fast-mode template is one step and
      // gives a fast-mode copy; adding the fields one by one by computed name left V8 with
      // dictionary-mode objects for the large structs (HostConfig has 71 fields), slower to
      // build, to decode into and for the rules to read.
      const out: Record<string, unknown> = { ...plan.zeroTemplate };
      for (const [name, nested] of plan.nestedStructs) out[name] = zeroValue(nested);
      return out;
    }
    default:
      return null;
  }
}

/** []byte from a JSON array: element by element, like []uint8. */
const BYTE_ELEMENTS: SliceSchema = { kind: 'slice', elem: { kind: 'int', bits: 8, unsigned: true } };

const BASE64_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Digit value per char code (ASCII), -1 for anything else. */
const BASE64_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < BASE64_DIGITS.length; i++) BASE64_VALUE[BASE64_DIGITS.charCodeAt(i)] = i;

/**
 * Go's base64.StdEncoding.Decode: groups of four digits, the last one padded with '=' (one or
 * two), '\r' and '\n' skipped anywhere, nothing after the padding; the bits a short group
 * leaves over are not checked. The bytes, or the offset Go's CorruptInputError names.
 */
export function decodeStdBase64(text: string): number[] | number {
  const out: number[] = [];
  let i = 0;
  const skipNewlines = (): void => {
    while (i < text.length && (text.charCodeAt(i) === 0x0a || text.charCodeAt(i) === 0x0d)) i++;
  };
  for (;;) {
    // one group: up to four digits, 6 bits each, in acc
    let acc = 0;
    let n = 0;
    while (n < 4) {
      skipNewlines();
      if (i >= text.length) return n === 0 ? out : i - n; // a group cut short without padding
      const c = text.charCodeAt(i);
      if (c === 0x3d) {
        // '=' ends the data: only after two or three digits, as the group's last one or two.
        if (n < 2) return i;
        const at = i;
        i++;
        if (n === 2) {
          skipNewlines();
          if (i >= text.length) return text.length;
          if (text.charCodeAt(i) !== 0x3d) return at;
          i++;
        }
        skipNewlines();
        if (i < text.length) return i;
        if (n === 2) out.push((acc >> 4) & 0xff);
        else out.push((acc >> 10) & 0xff, (acc >> 2) & 0xff);
        return out;
      }
      const v = c < 128 ? (BASE64_VALUE[c] ?? -1) : -1;
      if (v < 0) return i;
      acc = (acc << 6) | v;
      n++;
      i++;
    }
    out.push((acc >> 16) & 0xff, (acc >> 8) & 0xff, acc & 0xff);
  }
}

const INT_LITERAL = /^-?(?:0|[1-9][0-9]*)$/;
const UINT_LITERAL = /^(?:0|[1-9][0-9]*)$/;

interface IntRange {
  readonly min: bigint;
  readonly max: bigint;
  readonly minNumber: number;
  readonly maxNumber: number;
}

function intRange(bits: IntSchema['bits'], unsigned: boolean): IntRange {
  const min = unsigned ? 0n : -(1n << BigInt(bits - 1));
  const max = unsigned ? (1n << BigInt(bits)) - 1n : (1n << BigInt(bits - 1)) - 1n;
  return { min, max, minNumber: Number(min), maxNumber: Number(max) };
}

/** The bounds of the Go integer types of each size (intN, then uintN), computed once. */
type IntRanges = Readonly<Record<IntSchema['bits'], IntRange>>;
const intRanges = (unsigned: boolean): IntRanges => ({ 8: intRange(8, unsigned), 16: intRange(16, unsigned), 32: intRange(32, unsigned), 64: intRange(64, unsigned) });
const SIGNED_RANGES = intRanges(false);
const UNSIGNED_RANGES = intRanges(true);

/**
 * Whether an integer literal fits. Up to 15 digits a Number is exact, and so is the comparison
 * with every bound (bounds of 32 bits or fewer are exact Numbers; 64-bit ones are far beyond
 * 15 digits); longer literals are compared as BigInts.
 */
function intInRange(text: string, range: IntRange): boolean {
  const digits = text.startsWith('-') ? text.length - 1 : text.length;
  if (digits <= 15) {
    const n = Number(text);
    return n >= range.minNumber && n <= range.maxNumber;
  }
  const n = BigInt(text);
  return n >= range.min && n <= range.max;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Ends a run of plain characters in a string: a quote, a backslash or a control character. */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for (Go refuses them in strings)
const STRING_RUN_END = /["\\\u0000-\u001f]/g;

/** Characters of a string stepped over one by one before the rest of the run is left to the regex engine. */
const SHORT_RUN = 64;

/** A map key in a JSON path (see Decoder.path). */
class MapKey {
  constructor(readonly key: string) {}
}

/** One step of a JSON path: a struct field (or an unknown key), a slice index, or a map key. */
type PathStep = string | number | MapKey;

function jsonTypeName(c: number): string {
  switch (c) {
    case 0x7b:
      return 'object';
    case 0x5b:
      return 'array';
    case 0x22:
      return 'string';
    case 0x74:
    case 0x66:
      return 'bool';
    default:
      return 'number';
  }
}

/** A Go type as Go spells it in its error messages (`map[string]string`, `*container.HostConfig`). */
export function goTypeName(schema: Schema): string {
  switch (schema.kind) {
    case 'int':
      return `${schema.unsigned ? 'uint' : 'int'}${schema.bits}`;
    case 'float':
      return schema.bits === 32 ? 'float32' : 'float64';
    case 'struct':
      return schema.name;
    case 'slice':
      return `[]${goTypeName(schema.elem)}`;
    case 'map':
      return `map[string]${goTypeName(schema.elem)}`;
    case 'ptr':
      return `*${goTypeName(schema.elem)}`;
    case 'strslice':
      return 'strslice.StrSlice';
    case 'any':
      return 'interface {}';
    case 'bytes':
      return '[]uint8';
    default:
      return schema.kind;
  }
}

class Decoder {
  private pos = 0;
  typeError: DecodeProblem | undefined;
  readonly ambiguities: DecodeProblem[] = [];
  /**
   * The path of the value being decoded, one step per struct field, slice element or map
   * entry entered. Only messages need it as text (see path()), so nothing is built per value.
   */
  private readonly steps: PathStep[] = [];
  /**
   * Per decoded slice longer ago than its current length: its backing array, i.e. every slot
   * an array decoded into it ever wrote (the visible elements first). Go decodes the next
   * array's elements into these slots.
   */
  private readonly backing = new WeakMap<unknown[], unknown[]>();
  /** Per StrSlice value (daemons <= 28): the same field as a 29+ daemon decodes it ([]string). */
  private readonly as29 = new WeakMap<string[], string[]>();
  /** A StrSlice field was decoded differently by the two daemon lines at some point. */
  strsliceDiverged = false;
  /** The body is a type error for 29+ daemons only (a single string for a StrSlice field). */
  rejectedBy29 = false;

  constructor(private readonly src: string) {}

  /** The JSON path of the value being decoded, e.g. `HostConfig.Mounts[0].Source`, `Config.Labels["a"]`. */
  path(): string {
    let out = '';
    for (const step of this.steps) {
      if (typeof step === 'string') out = out ? `${out}.${step}` : step;
      else if (typeof step === 'number') out = `${out}[${step}]`;
      else out = `${out}[${JSON.stringify(step.key)}]`;
    }
    return out;
  }

  fail(message: string): never {
    throw new SyntaxFailure({ path: this.path(), message: `${message} at offset ${this.pos}` });
  }

  skipWs(): void {
    const s = this.src;
    let p = this.pos;
    while (p < s.length) {
      const c = s.charCodeAt(p);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) p++;
      else break;
    }
    this.pos = p;
  }

  peek(): number {
    return this.pos < this.src.length ? this.src.charCodeAt(this.pos) : -1;
  }

  atEnd(): boolean {
    this.skipWs();
    return this.pos >= this.src.length;
  }

  expectLiteral(word: string): void {
    if (this.src.startsWith(word, this.pos)) this.pos += word.length;
    else this.fail(`invalid character '${this.src[this.pos] ?? 'EOF'}' looking for a value`);
  }

  /** Reads a JSON string (the opening quote is current) and returns it decoded. */
  readString(): string {
    const s = this.src;
    let p = this.pos + 1;
    let out = '';
    let chunk = p;
    for (;;) {
      p = this.plainRunEnd(p);
      if (p >= s.length) {
        this.pos = p;
        this.fail('unexpected end of JSON input in string');
      }
      const c = s.charCodeAt(p);
      if (c === 0x22) {
        out += s.slice(chunk, p);
        this.pos = p + 1;
        return out;
      }
      if (c < 0x20) {
        this.pos = p;
        this.fail('invalid control character in string literal');
      }
      // A backslash.
      out += s.slice(chunk, p);
      const e = s.charCodeAt(p + 1);
      switch (e) {
        case 0x22: out += '"'; p += 2; break;
        case 0x5c: out += '\\'; p += 2; break;
        case 0x2f: out += '/'; p += 2; break;
        case 0x62: out += '\b'; p += 2; break;
        case 0x66: out += '\f'; p += 2; break;
        case 0x6e: out += '\n'; p += 2; break;
        case 0x72: out += '\r'; p += 2; break;
        case 0x74: out += '\t'; p += 2; break;
        case 0x75: {
          const unit = this.hex4(p + 2);
          p += 6;
          if (unit >= 0xd800 && unit < 0xdc00 && s.charCodeAt(p) === 0x5c && s.charCodeAt(p + 1) === 0x75) {
            const low = this.hex4(p + 2);
            if (low >= 0xdc00 && low < 0xe000) {
              out += String.fromCharCode(unit, low);
              p += 6;
              break;
            }
          }
          // Go turns a lone surrogate into U+FFFD.
          out += unit >= 0xd800 && unit < 0xe000 ? '\ufffd' : String.fromCharCode(unit);
          break;
        }
        default:
          this.pos = p;
          this.fail('invalid character in string escape code');
      }
      chunk = p;
    }
  }

  /**
   * Inside a string, the index of the first quote, backslash or control character at or after
   * `p`, or the end of the input. The input is already text (invalid UTF-8 replaced per byte,
   * see decodeGoJSON), so every other character is taken as it is.
   */
  plainRunEnd(p: number): number {
    const s = this.src;
    const short = Math.min(s.length, p + SHORT_RUN);
    for (; p < short; p++) {
      const c = s.charCodeAt(p);
      if (c === 0x22 || c === 0x5c || c < 0x20) return p;
    }
    if (p >= s.length) return s.length;
    // A long run (a big label, a certificate): one native scan.
    STRING_RUN_END.lastIndex = p;
    return STRING_RUN_END.test(s) ? STRING_RUN_END.lastIndex - 1 : s.length;
  }

  hex4(at: number): number {
    const h = this.src.slice(at, at + 4);
    if (!/^[0-9a-fA-F]{4}$/.test(h)) {
      this.pos = at;
      this.fail('invalid character in \\u hexadecimal character escape');
    }
    return parseInt(h, 16);
  }

  /** Reads a number literal with JSON's grammar and returns its text. */
  readNumber(): string {
    const s = this.src;
    const start = this.pos;
    let p = start;
    if (s.charCodeAt(p) === 0x2d) p++;
    if (s.charCodeAt(p) === 0x30) p++;
    else if (isDigit(s.charCodeAt(p))) while (isDigit(s.charCodeAt(p))) p++;
    else {
      this.pos = p;
      this.fail('invalid character in numeric literal');
    }
    if (s.charCodeAt(p) === 0x2e) {
      p++;
      if (!isDigit(s.charCodeAt(p))) {
        this.pos = p;
        this.fail('invalid character after decimal point in numeric literal');
      }
      while (isDigit(s.charCodeAt(p))) p++;
    }
    const e = s.charCodeAt(p);
    if (e === 0x65 || e === 0x45) {
      p++;
      const sign = s.charCodeAt(p);
      if (sign === 0x2b || sign === 0x2d) p++;
      if (!isDigit(s.charCodeAt(p))) {
        this.pos = p;
        this.fail('invalid character in exponent of numeric literal');
      }
      while (isDigit(s.charCodeAt(p))) p++;
    }
    this.pos = p;
    return s.slice(start, p);
  }

  /** Validates and skips any JSON value without recursion. */
  skipValue(depth: number): void {
    // Each entry is 'o' (in an object) or 'a' (in an array).
    const stack: number[] = [];
    for (;;) {
      this.skipWs();
      const c = this.peek();
      if (c === 0x7b || c === 0x5b) {
        if (depth + stack.length + 1 > GO_MAX_DEPTH) this.fail(`exceeded max depth ${GO_MAX_DEPTH}`);
        this.pos++;
        this.skipWs();
        const close = c === 0x7b ? 0x7d : 0x5d;
        if (this.peek() === close) {
          this.pos++;
        } else {
          stack.push(c);
          if (c === 0x7b) this.objectKey();
          continue;
        }
      } else if (c === 0x22) {
        this.readString();
      } else if (c === 0x74) this.expectLiteral('true');
      else if (c === 0x66) this.expectLiteral('false');
      else if (c === 0x6e) this.expectLiteral('null');
      else if (c === 0x2d || isDigit(c)) this.readNumber();
      else this.fail(c < 0 ? 'unexpected end of JSON input' : `invalid character '${this.src[this.pos] ?? ''}' looking for beginning of value`);
      // After a value: close containers or move to the next element.
      for (;;) {
        const top = stack[stack.length - 1];
        if (top === undefined) return;
        this.skipWs();
        const n = this.peek();
        if (n === 0x2c) {
          this.pos++;
          if (top === 0x7b) this.objectKey();
          break;
        }
        if ((top === 0x7b && n === 0x7d) || (top === 0x5b && n === 0x5d)) {
          this.pos++;
          stack.pop();
          continue;
        }
        this.fail(`invalid character '${this.src[this.pos] ?? 'EOF'}' after ${top === 0x7b ? 'object key:value pair' : 'array element'}`);
      }
    }
  }

  /** Reads `"key" :` inside an object and returns the key. */
  objectKey(): string {
    this.skipWs();
    if (this.peek() !== 0x22) this.fail(`invalid character '${this.src[this.pos] ?? 'EOF'}' looking for beginning of object key string`);
    const key = this.readString();
    this.skipWs();
    if (this.peek() !== 0x3a) this.fail(`invalid character '${this.src[this.pos] ?? 'EOF'}' after object key`);
    this.pos++;
    return key;
  }

  /**
   * Enters an object or an array (its `{` or `[` is current; `close` is `}` or `]`) at nesting
   * depth `depth`. Returns false when it is empty, and then has left it already. Used as
   * `if (enter(...)) do { ...one member or element... } while (next(...));`.
   */
  enter(depth: number, close: number): boolean {
    if (depth > GO_MAX_DEPTH) this.fail(`exceeded max depth ${GO_MAX_DEPTH}`);
    this.pos++;
    this.skipWs();
    if (this.peek() !== close) return true;
    this.pos++;
    return false;
  }

  /** After a member or element: true when another follows (`,`), false at the end (`close`). */
  next(close: number): boolean {
    this.skipWs();
    const c = this.peek();
    if (c === 0x2c || c === close) {
      this.pos++;
      return c === 0x2c;
    }
    this.fail(`invalid character '${this.src[this.pos] ?? 'EOF'}' after ${close === 0x7d ? 'object key:value pair' : 'array element'}`);
  }

  typeMismatch(schema: Schema, c: number, depth: number, existing: unknown): unknown {
    this.typeError ??= { path: this.path(), message: `cannot unmarshal ${jsonTypeName(c)} into Go value of type ${goTypeName(schema)}` };
    this.skipValue(depth);
    return existing;
  }

  /**
   * Decodes the next value into `existing` (the value the Go field holds now) and returns
   * the new value. `depth` is the nesting depth of the value's container.
   */
  value(schema: Schema, existing: unknown, depth: number): unknown {
    this.skipWs();
    const c = this.peek();
    if (c === 0x6e) {
      // null: scalars and non-pointer structs keep their value, the rest resets to nil.
      this.expectLiteral('null');
      switch (schema.kind) {
        case 'bool':
        case 'int':
        case 'float':
        case 'string':
        case 'struct':
          return existing;
        default:
          return null;
      }
    }
    switch (schema.kind) {
      case 'any':
        this.skipValue(depth);
        return null;
      case 'bool':
        if (c === 0x74) {
          this.expectLiteral('true');
          return true;
        }
        if (c === 0x66) {
          this.expectLiteral('false');
          return false;
        }
        return this.typeMismatch(schema, c, depth, existing);
      case 'string':
        if (c === 0x22) return this.readString();
        return this.typeMismatch(schema, c, depth, existing);
      case 'int':
      case 'float': {
        if (!(c === 0x2d || isDigit(c))) return this.typeMismatch(schema, c, depth, existing);
        const text = this.readNumber();
        if (schema.kind === 'float') {
          // strconv.ParseFloat(s, bits): out of range (the result would be infinite) is an error.
          // For float32, rounding the nearest double again gives the nearest float32: a float32
          // rounding boundary is itself a double, so it never falls between the two.
          const f = schema.bits === 32 ? Math.fround(Number(text)) : Number(text);
          if (Number.isFinite(f)) return f;
          this.typeError ??= { path: this.path(), message: `cannot unmarshal number ${text} into Go value of type ${goTypeName(schema)}` };
          return existing;
        }
        const range = (schema.unsigned ? UNSIGNED_RANGES : SIGNED_RANGES)[schema.bits];
        if (!(schema.unsigned ? UINT_LITERAL : INT_LITERAL).test(text) || !intInRange(text, range)) {
          this.typeError ??= { path: this.path(), message: `cannot unmarshal number ${text} into Go value of type ${goTypeName(schema)}` };
          return existing;
        }
        // Go's integer is 0 for "-0"; JavaScript's Number("-0") is -0.
        return Number(text) + 0;
      }
      case 'strslice':
        return this.strslice(c, existing as string[] | null, depth);
      case 'ptr':
        // A non-null value is decoded into the pointed-to value, allocating it if nil.
        return this.value(schema.elem, existing ?? zeroValue(schema.elem), depth);
      case 'slice':
        if (c !== 0x5b) return this.typeMismatch(schema, c, depth, existing);
        return this.slice(schema, existing as unknown[] | null, depth);
      case 'bytes':
        if (c === 0x5b) return this.slice(BYTE_ELEMENTS, existing as unknown[] | null, depth);
        if (c !== 0x22) return this.typeMismatch(schema, c, depth, existing);
        return this.base64(existing);
      case 'map':
        if (c !== 0x7b) return this.typeMismatch(schema, c, depth, existing);
        return this.map(schema, existing as Map<string, unknown> | null, depth);
      case 'struct':
        if (c !== 0x7b) return this.typeMismatch(schema, c, depth, existing);
        return this.struct(schema, existing as Record<string, unknown>, depth);
    }
  }

  /**
   * A JSON string into []byte: base64.StdEncoding.Decode of the unescaped text, a fresh slice.
   * Bad base64 is an error Unmarshal returns at the end (the daemon answers 400); the field
   * keeps its value meanwhile.
   */
  base64(existing: unknown): unknown {
    const text = this.readString();
    const bytes = decodeStdBase64(text);
    if (typeof bytes === 'number') {
      this.typeError ??= { path: this.path(), message: `illegal base64 data at input byte ${bytes}` };
      return existing;
    }
    return bytes;
  }

  struct(schema: StructSchema, target: Record<string, unknown>, depth: number, seen?: Set<string>): Record<string, unknown> {
    const plan = structPlan(schema);
    if (!this.enter(depth + 1, 0x7d)) return target;
    // Go encodes a struct's fields in declaration order, and so do the docker CLI and the SDKs:
    // the field after the last one matched is compared first, which is much cheaper than a
    // lookup. It is the field the lookup would find (`exact` holds it under its own name).
    let expected = plan.fields[0];
    do {
      const key = this.objectKey();
      const field = key === expected?.name ? expected : (plan.exact.get(key) ?? plan.folded.get(foldFieldName(key) ?? '\u0000'));
      if (field === undefined) {
        this.steps.push(key);
        this.skipValue(depth + 1);
        this.steps.pop();
      } else {
        seen?.add(field.name);
        this.steps.push(field.name);
        if (field.holder === undefined) {
          target[field.name] = this.value(field.schema, target[field.name], depth + 1);
        } else {
          let holder = target[field.holder.name] as Record<string, unknown> | null;
          if (!holder) {
            holder = zeroValue(field.holder.schema) as Record<string, unknown>;
            target[field.holder.name] = holder;
          }
          holder[field.name] = this.value(field.schema, holder[field.name], depth + 1);
        }
        this.steps.pop();
        expected = plan.fields[field.order + 1];
      }
    } while (this.next(0x7d));
    return target;
  }

  map(schema: MapSchema, existing: Map<string, unknown> | null, depth: number): Map<string, unknown> {
    const out = existing ?? new Map<string, unknown>();
    if (!this.enter(depth + 1, 0x7d)) return out;
    do {
      const key = this.objectKey();
      this.steps.push(new MapKey(key));
      // Each map element is decoded from a zero value: a repeated key replaces, never merges.
      out.set(key, this.value(schema.elem, zeroValue(schema.elem), depth + 1));
      this.steps.pop();
    } while (this.next(0x7d));
    return out;
  }

  slice(schema: SliceSchema, existing: unknown[] | null, depth: number): unknown[] {
    // Element i goes into slot i of the existing backing array when that slot was ever
    // written (a visible element, or one past the length left by an earlier, longer array),
    // else into a zero value. The backing array is updated in place, as Go's is, so a body
    // of many repeated keys costs time in proportion to its size.
    const slots = existing ? (this.backing.get(existing) ?? existing) : [];
    let n = 0;
    if (this.enter(depth + 1, 0x5d)) {
      do {
        this.steps.push(n);
        const v = this.value(schema.elem, n < slots.length ? slots[n] : zeroValue(schema.elem), depth + 1);
        this.steps.pop();
        if (n < slots.length) slots[n] = v;
        else slots.push(v);
        n++;
      } while (this.next(0x5d));
    }
    // An empty array gives a fresh empty slice; otherwise the backing array keeps older slots.
    if (n === 0) return [];
    if (n === slots.length) return slots;
    const out = slots.slice(0, n);
    this.backing.set(out, slots);
    return out;
  }

  /**
   * A StrSlice field. Daemons up to 28.x run StrSlice.UnmarshalJSON: an array of strings
   * (null elements are "") or one string, always a fresh slice. Daemons 29+ decode a plain
   * []string: a single string is a type error, and elements go into the existing slice, so a
   * null element keeps what the slot held. The value returned is the <= 28 one; the 29+ one
   * is kept beside it, and the two are compared once the whole body is decoded.
   */
  strslice(c: number, existing: string[] | null, depth: number): string[] | null {
    const prev29 = existing === null ? null : (this.as29.get(existing) ?? existing);
    if (c === 0x22) {
      const out = [this.readString()];
      this.rejectedBy29 = true;
      if (prev29 !== null) this.as29.set(out, prev29);
      else this.strsliceDiverged = true;
      return out;
    }
    if (c !== 0x5b) return this.typeMismatch({ kind: 'strslice' }, c, depth, existing) as string[] | null;
    const elems: (string | null)[] = [];
    let bad = false;
    if (this.enter(depth + 1, 0x5d)) {
      let i = 0;
      do {
        this.skipWs();
        const e = this.peek();
        if (e === 0x22) {
          this.steps.push(i);
          elems.push(this.readString());
          this.steps.pop();
        } else if (e === 0x6e) {
          this.expectLiteral('null');
          elems.push(null);
        } else {
          bad = true;
          this.skipValue(depth + 1);
        }
        i++;
      } while (this.next(0x5d));
    }
    if (bad) {
      // Both daemon lines reject the body (not a string, nor an array of strings).
      this.typeError ??= { path: this.path(), message: 'cannot unmarshal array into Go value of type string' };
      return existing;
    }
    const out = elems.map((e) => e ?? '');
    // 29+: the elements go into the []string the field holds (in place, like slice()).
    const slots = prev29 === null ? [] : ((this.backing.get(prev29) ?? prev29) as string[]);
    elems.forEach((e, i) => {
      if (i >= slots.length) slots.push(e ?? '');
      else if (e !== null) slots[i] = e;
    });
    let out29: string[] = [];
    if (elems.length === slots.length) out29 = slots;
    else if (elems.length > 0) {
      out29 = slots.slice(0, elems.length);
      this.backing.set(out29, slots);
    }
    if (out29.some((e, i) => e !== out[i])) this.strsliceDiverged = true;
    this.as29.set(out, out29);
    return out;
  }

  /** Where the final value differs between daemons <= 28 and 29+ (StrSlice fields only). */
  strsliceAmbiguities(schema: Schema, value: unknown, path: string): void {
    if (value === null || value === undefined || !mayHoldStrslice(schema)) return;
    switch (schema.kind) {
      case 'strslice': {
        const v28 = value as string[];
        const v29 = this.as29.get(v28) ?? v28;
        for (let i = 0; i < v28.length && this.ambiguities.length < MAX_AMBIGUITIES; i++) {
          if (v28[i] !== v29[i]) {
            this.ambiguities.push({ path: `${path}[${i}]`, message: `null element in a repeated key: daemons up to 28.x (StrSlice) read ${JSON.stringify(v28[i])}, 29+ ([]string) keep ${JSON.stringify(v29[i] ?? '')}` });
          }
        }
        return;
      }
      case 'ptr':
        this.strsliceAmbiguities(schema.elem, value, path);
        return;
      case 'slice':
        (value as unknown[]).forEach((e, i) => {
          this.strsliceAmbiguities(schema.elem, e, `${path}[${i}]`);
        });
        return;
      case 'map':
        for (const [k, e] of value as Map<string, unknown>) this.strsliceAmbiguities(schema.elem, e, `${path}[${JSON.stringify(k)}]`);
        return;
      case 'struct': {
        const o = value as Record<string, unknown>;
        for (const [name, fs] of Object.entries(schema.fields)) this.strsliceAmbiguities(fs, o[name], path ? `${path}.${name}` : name);
        for (const [holder, es] of Object.entries(schema.embedded)) this.strsliceAmbiguities(es, o[holder], path);
        return;
      }
      default:
        return;
    }
  }
}

const strsliceHolders = new WeakMap<Schema, boolean>();

/** Whether a value of this schema can contain a StrSlice field. */
function mayHoldStrslice(schema: Schema): boolean {
  const known = strsliceHolders.get(schema);
  if (known !== undefined) return known;
  let found: boolean;
  switch (schema.kind) {
    case 'strslice':
      found = true;
      break;
    case 'ptr':
    case 'slice':
    case 'map':
      found = mayHoldStrslice(schema.elem);
      break;
    case 'struct':
      found = Object.values(schema.fields).some(mayHoldStrslice) || Object.values(schema.embedded).some(mayHoldStrslice);
      break;
    default:
      found = false;
  }
  strsliceHolders.set(schema, found);
  return found;
}

/**
 * Decodes a complete body (the bytes the daemon reads) into a struct schema.
 * Content after the first JSON value is a syntax error (newer daemons reject it, older
 * ones ignore it; dockgate will not guess).
 */
export function decodeGoJSON<T>(body: Uint8Array | string, schema: StructSchema): DecodeResult<T | null> {
  // Invalid UTF-8 becomes one U+FFFD per byte, as encoding/json coerces it inside strings
  // (outside strings any non-ASCII byte is a syntax error either way).
  const text = typeof body === 'string' ? body : decodeUtf8Go(body);
  const d = new Decoder(text);
  const seen = new Set<string>();
  let value: unknown = null;
  try {
    d.skipWs();
    const c = d.peek();
    if (c < 0) d.fail('unexpected end of JSON input');
    if (c === 0x7b) {
      value = d.struct(schema, zeroValue(schema) as Record<string, unknown>, 0, seen);
    } else if (c === 0x6e) {
      d.expectLiteral('null');
    } else {
      d.typeMismatch(schema, c, 0, null);
    }
    if (!d.atEnd()) d.fail('invalid character after top-level value');
  } catch (err) {
    if (err instanceof SyntaxFailure) {
      return { value: null, syntaxError: err.problem, ambiguities: [], topLevelKeys: new Set() };
    }
    throw err;
  }
  // Only when both daemon lines accept the body can they act on different values.
  if (d.strsliceDiverged && !d.rejectedBy29 && d.typeError === undefined) d.strsliceAmbiguities(schema, value, '');
  return {
    value: value as T | null,
    ...(d.typeError ? { typeError: d.typeError } : {}),
    ambiguities: d.ambiguities,
    topLevelKeys: seen,
  };
}
