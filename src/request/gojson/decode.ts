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
 *   so a later array can merge into elements of an earlier one; where the result would
 *   depend on the slice's capacity (and so on the Go version), the decode is marked ambiguous;
 * - unknown keys are skipped; a value of the wrong type is a type error (Go keeps going and
 *   the daemon answers 400), a syntax error stops everything;
 * - nesting deeper than Go's limit (10000) is an error, and skipped values are walked
 *   without recursion, so no body can exhaust the stack.
 *
 * Nothing from the JSON becomes a property name of a plain object: struct fields come from
 * the schema, map entries go into `Map`s, so `__proto__` and `constructor` are just data.
 */
import type { Schema, StructSchema, SliceSchema } from './schema.js';

/** Go's encoding/json scanner refuses nesting deeper than this. */
export const GO_MAX_DEPTH = 10000;

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
  /** For a field promoted from an embedded struct pointer: the holder property. */
  readonly holder?: string;
}

interface StructIndex {
  readonly exact: Map<string, FieldRef>;
  readonly folded: Map<string, FieldRef>;
}

const structIndexes = new WeakMap<StructSchema, StructIndex>();

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

function indexStruct(schema: StructSchema): StructIndex {
  const cached = structIndexes.get(schema);
  if (cached) return cached;
  const exact = new Map<string, FieldRef>();
  for (const [name, fieldSchema] of Object.entries(schema.fields)) exact.set(name, { name, schema: fieldSchema });
  // Promoted fields: a direct field hides them; two at the same depth cancel out (Go's rule).
  const promoted = new Map<string, FieldRef | null>();
  for (const [holder, embedded] of Object.entries(schema.embedded)) {
    for (const [name, fieldSchema] of Object.entries(embedded.fields)) {
      if (exact.has(name)) continue;
      promoted.set(name, promoted.has(name) ? null : { name, schema: fieldSchema, holder });
    }
  }
  for (const [name, ref] of promoted) if (ref) exact.set(name, ref);
  const folded = new Map<string, FieldRef>();
  for (const [name, ref] of exact) {
    const key = foldFieldName(name);
    if (key !== undefined && !folded.has(key)) folded.set(key, ref);
  }
  const index = { exact, folded };
  structIndexes.set(schema, index);
  return index;
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
      const out: Record<string, unknown> = {};
      for (const [name, fieldSchema] of Object.entries(schema.fields)) out[name] = zeroValue(fieldSchema);
      for (const holder of Object.keys(schema.embedded)) out[holder] = null;
      return out;
    }
    default:
      return null;
  }
}

const INT_LITERAL = /^-?(?:0|[1-9][0-9]*)$/;
const UINT_LITERAL = /^(?:0|[1-9][0-9]*)$/;

function intRange(bits: number, unsigned: boolean): [bigint, bigint] {
  if (unsigned) return [0n, (1n << BigInt(bits)) - 1n];
  return [-(1n << BigInt(bits - 1)), (1n << BigInt(bits - 1)) - 1n];
}

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

function goTypeName(schema: Schema): string {
  switch (schema.kind) {
    case 'int':
      return `${schema.unsigned ? 'uint' : 'int'}${schema.bits}`;
    case 'float':
      return 'float64';
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
    default:
      return schema.kind;
  }
}

class Decoder {
  private pos = 0;
  typeError: DecodeProblem | undefined;
  readonly ambiguities: DecodeProblem[] = [];
  /** Per slice: how many slots of its backing array may still hold earlier elements. */
  private readonly backing = new WeakMap<unknown[], number>();

  constructor(private readonly src: string) {}

  fail(message: string, path: string): never {
    throw new SyntaxFailure({ path, message: `${message} at offset ${this.pos}` });
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

  expectLiteral(word: string, path: string): void {
    if (this.src.startsWith(word, this.pos)) this.pos += word.length;
    else this.fail(`invalid character '${this.src[this.pos] ?? 'EOF'}' looking for a value`, path);
  }

  /** Reads a JSON string (the opening quote is current) and returns it decoded. */
  readString(path: string): string {
    const s = this.src;
    let p = this.pos + 1;
    let out = '';
    let chunk = p;
    for (;;) {
      if (p >= s.length) {
        this.pos = p;
        this.fail('unexpected end of JSON input in string', path);
      }
      const c = s.charCodeAt(p);
      if (c === 0x22) {
        out += s.slice(chunk, p);
        this.pos = p + 1;
        return out;
      }
      if (c < 0x20) {
        this.pos = p;
        this.fail('invalid control character in string literal', path);
      }
      if (c !== 0x5c) {
        p++;
        continue;
      }
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
          const unit = this.hex4(p + 2, path);
          p += 6;
          if (unit >= 0xd800 && unit < 0xdc00 && s.charCodeAt(p) === 0x5c && s.charCodeAt(p + 1) === 0x75) {
            const low = this.hex4(p + 2, path);
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
          this.fail('invalid character in string escape code', path);
      }
      chunk = p;
    }
  }

  hex4(at: number, path: string): number {
    const h = this.src.slice(at, at + 4);
    if (!/^[0-9a-fA-F]{4}$/.test(h)) {
      this.pos = at;
      this.fail('invalid character in \\u hexadecimal character escape', path);
    }
    return parseInt(h, 16);
  }

  /** Reads a number literal with JSON's grammar and returns its text. */
  readNumber(path: string): string {
    const s = this.src;
    const start = this.pos;
    let p = start;
    const digit = (i: number): boolean => {
      const c = s.charCodeAt(i);
      return c >= 0x30 && c <= 0x39;
    };
    if (s.charCodeAt(p) === 0x2d) p++;
    if (s.charCodeAt(p) === 0x30) p++;
    else if (digit(p)) while (digit(p)) p++;
    else {
      this.pos = p;
      this.fail('invalid character in numeric literal', path);
    }
    if (s.charCodeAt(p) === 0x2e) {
      p++;
      if (!digit(p)) {
        this.pos = p;
        this.fail('invalid character after decimal point in numeric literal', path);
      }
      while (digit(p)) p++;
    }
    const e = s.charCodeAt(p);
    if (e === 0x65 || e === 0x45) {
      p++;
      const sign = s.charCodeAt(p);
      if (sign === 0x2b || sign === 0x2d) p++;
      if (!digit(p)) {
        this.pos = p;
        this.fail('invalid character in exponent of numeric literal', path);
      }
      while (digit(p)) p++;
    }
    this.pos = p;
    return s.slice(start, p);
  }

  /** Validates and skips any JSON value without recursion. */
  skipValue(depth: number, path: string): void {
    // Each entry is 'o' (in an object) or 'a' (in an array).
    const stack: number[] = [];
    for (;;) {
      this.skipWs();
      const c = this.peek();
      if (c === 0x7b || c === 0x5b) {
        if (depth + stack.length + 1 > GO_MAX_DEPTH) this.fail(`exceeded max depth ${GO_MAX_DEPTH}`, path);
        this.pos++;
        this.skipWs();
        const close = c === 0x7b ? 0x7d : 0x5d;
        if (this.peek() === close) {
          this.pos++;
        } else {
          stack.push(c);
          if (c === 0x7b) this.objectKey(path);
          continue;
        }
      } else if (c === 0x22) {
        this.readString(path);
      } else if (c === 0x74) this.expectLiteral('true', path);
      else if (c === 0x66) this.expectLiteral('false', path);
      else if (c === 0x6e) this.expectLiteral('null', path);
      else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) this.readNumber(path);
      else this.fail(c < 0 ? 'unexpected end of JSON input' : `invalid character '${this.src[this.pos] ?? ''}' looking for beginning of value`, path);
      // After a value: close containers or move to the next element.
      for (;;) {
        const top = stack[stack.length - 1];
        if (top === undefined) return;
        this.skipWs();
        const n = this.peek();
        if (n === 0x2c) {
          this.pos++;
          if (top === 0x7b) this.objectKey(path);
          break;
        }
        if ((top === 0x7b && n === 0x7d) || (top === 0x5b && n === 0x5d)) {
          this.pos++;
          stack.pop();
          continue;
        }
        this.fail(`invalid character '${this.src[this.pos] ?? 'EOF'}' after ${top === 0x7b ? 'object key:value pair' : 'array element'}`, path);
      }
    }
  }

  /** Reads `"key" :` inside an object and returns the key. */
  objectKey(path: string): string {
    this.skipWs();
    if (this.peek() !== 0x22) this.fail(`invalid character '${this.src[this.pos] ?? 'EOF'}' looking for beginning of object key string`, path);
    const key = this.readString(path);
    this.skipWs();
    if (this.peek() !== 0x3a) this.fail(`invalid character '${this.src[this.pos] ?? 'EOF'}' after object key`, path);
    this.pos++;
    return key;
  }

  /** Iterates the members of an object (the `{` is current), calling `member` for each value. */
  eachMember(depth: number, path: string, member: (key: string) => void): void {
    if (depth > GO_MAX_DEPTH) this.fail(`exceeded max depth ${GO_MAX_DEPTH}`, path);
    this.pos++;
    this.skipWs();
    if (this.peek() === 0x7d) {
      this.pos++;
      return;
    }
    for (;;) {
      member(this.objectKey(path));
      this.skipWs();
      const c = this.peek();
      this.pos++;
      if (c === 0x2c) continue;
      if (c === 0x7d) return;
      this.pos--;
      this.fail(`invalid character '${this.src[this.pos] ?? 'EOF'}' after object key:value pair`, path);
    }
  }

  /** Iterates the elements of an array (the `[` is current). */
  eachElement(depth: number, path: string, element: (index: number) => void): void {
    if (depth > GO_MAX_DEPTH) this.fail(`exceeded max depth ${GO_MAX_DEPTH}`, path);
    this.pos++;
    this.skipWs();
    if (this.peek() === 0x5d) {
      this.pos++;
      return;
    }
    for (let i = 0; ; i++) {
      element(i);
      this.skipWs();
      const c = this.peek();
      this.pos++;
      if (c === 0x2c) continue;
      if (c === 0x5d) return;
      this.pos--;
      this.fail(`invalid character '${this.src[this.pos] ?? 'EOF'}' after array element`, path);
    }
  }

  typeMismatch(schema: Schema, c: number, depth: number, path: string, existing: unknown): unknown {
    this.typeError ??= { path, message: `cannot unmarshal ${jsonTypeName(c)} into Go value of type ${goTypeName(schema)}` };
    this.skipValue(depth, path);
    return existing;
  }

  /**
   * Decodes the next value into `existing` (the value the Go field holds now) and returns
   * the new value. `depth` is the nesting depth of the value's container.
   */
  value(schema: Schema, existing: unknown, depth: number, path: string): unknown {
    this.skipWs();
    const c = this.peek();
    if (c === 0x6e) {
      // null: scalars and non-pointer structs keep their value, the rest resets to nil.
      this.expectLiteral('null', path);
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
        this.skipValue(depth, path);
        return null;
      case 'bool':
        if (c === 0x74) {
          this.expectLiteral('true', path);
          return true;
        }
        if (c === 0x66) {
          this.expectLiteral('false', path);
          return false;
        }
        return this.typeMismatch(schema, c, depth, path, existing);
      case 'string':
        if (c === 0x22) return this.readString(path);
        return this.typeMismatch(schema, c, depth, path, existing);
      case 'int':
      case 'float': {
        if (!(c === 0x2d || (c >= 0x30 && c <= 0x39))) return this.typeMismatch(schema, c, depth, path, existing);
        const text = this.readNumber(path);
        if (schema.kind === 'float') return Number(text);
        const [min, max] = intRange(schema.bits, schema.unsigned);
        if (!(schema.unsigned ? UINT_LITERAL : INT_LITERAL).test(text) || BigInt(text) < min || BigInt(text) > max) {
          this.typeError ??= { path, message: `cannot unmarshal number ${text} into Go value of type ${goTypeName(schema)}` };
          return existing;
        }
        return Number(text);
      }
      case 'strslice':
        // UnmarshalJSON builds a fresh slice: an array of strings (null elements are ""), or one string.
        if (c === 0x22) return [this.readString(path)];
        if (c === 0x5b) {
          const out: string[] = [];
          // Set inside the element callback.
          let bad = false as boolean;
          this.eachElement(depth + 1, path, (i) => {
            this.skipWs();
            const e = this.peek();
            if (e === 0x22) out.push(this.readString(`${path}[${i}]`));
            else if (e === 0x6e) {
              this.expectLiteral('null', path);
              out.push('');
              // Daemons up to 28.x (StrSlice) read this null as "", later ones ([]string) keep
              // the element of the earlier array: which one applies depends on the daemon.
              if (existing !== null && existing !== undefined) {
                this.ambiguities.push({ path: `${path}[${i}]`, message: 'null element in a repeated key: daemons up to 28.x read "", later ones keep the earlier value' });
              }
            } else {
              bad = true;
              this.skipValue(depth + 1, path);
            }
          });
          if (bad) {
            this.typeError ??= { path, message: 'cannot unmarshal array into Go value of type string' };
            return existing;
          }
          return out;
        }
        return this.typeMismatch(schema, c, depth, path, existing);
      case 'ptr':
        // A non-null value is decoded into the pointed-to value, allocating it if nil.
        return this.value(schema.elem, existing ?? zeroValue(schema.elem), depth, path);
      case 'slice':
        if (c !== 0x5b) return this.typeMismatch(schema, c, depth, path, existing);
        return this.slice(schema, existing as unknown[] | null, depth, path);
      case 'map': {
        if (c !== 0x7b) return this.typeMismatch(schema, c, depth, path, existing);
        const out = (existing as Map<string, unknown> | null) ?? new Map<string, unknown>();
        this.eachMember(depth + 1, path, (key) => {
          // Each map element is decoded from a zero value: a repeated key replaces, never merges.
          out.set(key, this.value(schema.elem, zeroValue(schema.elem), depth + 1, `${path}[${JSON.stringify(key)}]`));
        });
        return out;
      }
      case 'struct':
        if (c !== 0x7b) return this.typeMismatch(schema, c, depth, path, existing);
        return this.struct(schema, existing as Record<string, unknown>, depth, path);
    }
  }

  struct(schema: StructSchema, existing: Record<string, unknown>, depth: number, path: string, seen?: Set<string>): Record<string, unknown> {
    const index = indexStruct(schema);
    const target = existing;
    this.eachMember(depth + 1, path, (key) => {
      const field = index.exact.get(key) ?? index.folded.get(foldFieldName(key) ?? '\u0000');
      if (!field) {
        this.skipValue(depth + 1, path ? `${path}.${key}` : key);
        return;
      }
      seen?.add(field.name);
      const fieldPath = path ? `${path}.${field.name}` : field.name;
      if (field.holder === undefined) {
        target[field.name] = this.value(field.schema, target[field.name], depth + 1, fieldPath);
        return;
      }
      const embeddedSchema = schema.embedded[field.holder];
      if (!embeddedSchema) return;
      let holder = target[field.holder] as Record<string, unknown> | null;
      if (!holder) {
        holder = zeroValue(embeddedSchema) as Record<string, unknown>;
        target[field.holder] = holder;
      }
      holder[field.name] = this.value(field.schema, holder[field.name], depth + 1, fieldPath);
    });
    return target;
  }

  slice(schema: SliceSchema, existing: unknown[] | null, depth: number, path: string): unknown[] {
    const old = existing ?? [];
    const stale = existing ? Math.max(this.backing.get(existing) ?? 0, old.length) : 0;
    const out: unknown[] = [];
    this.eachElement(depth + 1, path, (i) => {
      const elemPath = `${path}[${i}]`;
      if (i < old.length) {
        out.push(this.value(schema.elem, old[i], depth + 1, elemPath));
        return;
      }
      if (i < stale) {
        // Go reuses the backing array: this slot holds an earlier element or a zero value,
        // depending on the slice's capacity. Only a full replacement is certain.
        this.skipWs();
        const c = this.peek();
        const replaces = c === 0x22 || c === 0x74 || c === 0x66 || c === 0x2d || (c >= 0x30 && c <= 0x39);
        if (!replaces || schema.elem.kind === 'struct' || schema.elem.kind === 'ptr') {
          this.ambiguities.push({ path: elemPath, message: 'array element merges with an element of an earlier duplicate key; the result depends on the daemon build' });
        }
      }
      out.push(this.value(schema.elem, zeroValue(schema.elem), depth + 1, elemPath));
    });
    // An empty array gives a fresh empty slice; otherwise the backing array keeps older slots.
    if (out.length > 0) this.backing.set(out, stale);
    return out;
  }
}

/**
 * Decodes a complete body (the bytes the daemon reads) into a struct schema.
 * Content after the first JSON value is a syntax error (newer daemons reject it, older
 * ones ignore it; dockgate will not guess).
 */
export function decodeGoJSON<T>(body: Uint8Array | string, schema: StructSchema): DecodeResult<T | null> {
  const text = typeof body === 'string' ? body : new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(body);
  const d = new Decoder(text);
  const seen = new Set<string>();
  let value: unknown = null;
  try {
    d.skipWs();
    const c = d.peek();
    if (c < 0) d.fail('unexpected end of JSON input', '');
    if (c === 0x7b) {
      value = d.struct(schema, zeroValue(schema) as Record<string, unknown>, 0, '', seen);
    } else if (c === 0x6e) {
      d.expectLiteral('null', '');
    } else {
      d.typeMismatch(schema, c, 0, '', null);
    }
    if (!d.atEnd()) d.fail('invalid character after top-level value', '');
  } catch (err) {
    if (err instanceof SyntaxFailure) {
      return { value: null, syntaxError: err.problem, ambiguities: [], topLevelKeys: new Set() };
    }
    throw err;
  }
  return {
    value: value as T | null,
    ...(d.typeError ? { typeError: d.typeError } : {}),
    ambiguities: d.ambiguities,
    topLevelKeys: seen,
  };
}
