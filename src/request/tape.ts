/**
 * A decoded request carried from the decoding worker (offload-worker.ts) to the main thread,
 * and rebuilt there a slice at a time, so that a 4 MiB body's value (67,000 map entries) never
 * holds the event loop for long: structured clone would rebuild it in one synchronous step
 * (27-58 ms for that body, measured).
 *
 * The value is written as a tape: one Float64Array of operations and numbers, and one string
 * holding every string of the value end to end (the rebuilt strings are slices of it, as the
 * decoder's own strings are slices of the body text). What it carries, exactly: undefined,
 * null, booleans, numbers (-0 and NaN included), strings, arrays, Maps (entry order kept),
 * and plain objects (own enumerable string keys, in order; `__proto__` is a plain key). An
 * object met twice is written once and referred to after, so identity is kept. Anything else
 * (a class instance, a Buffer, a symbol, a bigint, a function) is refused with an error: the
 * decoded request holds none, and a value that could not cross exactly must not be decided on.
 */

const Op = {
  Undefined: 0,
  Null: 1,
  True: 2,
  False: 3,
  Number: 4,
  String: 5,
  Array: 6,
  Object: 7,
  Map: 8,
  /** An object already written: its number, in the order objects were first written. */
  Ref: 9,
  /** A Buffer: its index in Tape.buffers. */
  Bytes: 10,
} as const;

export interface Tape {
  readonly ops: Float64Array;
  readonly text: string;
  /** The value's Buffers (an envelope's body), carried beside the tape: transferable. */
  readonly buffers: readonly Uint8Array[];
}

/** A value too large to carry: the caller decides it on its own thread instead (offload.ts). */
export class TapeTooLarge extends Error {}

/**
 * How much a tape may hold. A 4 MiB body of small labels needs 270,000 operations and 3.7 M
 * characters; a body of 1.4 M empty structs (`"Mounts":[{},{},...]`) would need about 50 M
 * operations (400 MB), which the writer must not try to allocate.
 */
export interface TapeLimits {
  readonly maxOps: number;
  readonly maxStrings: number;
}

export const DEFAULT_TAPE_LIMITS: TapeLimits = { maxOps: 8 * 1024 * 1024, maxStrings: 4 * 1024 * 1024 };

class TapeWriter {
  private ops: Float64Array;

  constructor(private readonly limits: TapeLimits) {
    this.ops = new Float64Array(Math.min(1024, limits.maxOps));
  }

  private length = 0;
  private readonly strings: string[] = [];
  private readonly buffers: Uint8Array[] = [];
  private readonly seen = new Map<object, number>();

  private push(n: number): void {
    if (this.length === this.ops.length) {
      if (this.length >= this.limits.maxOps) throw new TapeTooLarge(`tape: more than ${this.limits.maxOps} operations`);
      const bigger = new Float64Array(Math.min(this.ops.length * 2, this.limits.maxOps));
      bigger.set(this.ops);
      this.ops = bigger;
    }
    this.ops[this.length++] = n;
  }

  private string(s: string): void {
    this.push(s.length);
    if (s.length === 0) return;
    if (this.strings.length >= this.limits.maxStrings) throw new TapeTooLarge(`tape: more than ${this.limits.maxStrings} strings`);
    this.strings.push(s);
  }

  /** Writes `root`, then returns the tape. */
  write(root: unknown): Tape {
    this.value(root, 0);
    return { ops: this.ops.slice(0, this.length), text: this.strings.join(''), buffers: this.buffers };
  }

  private value(v: unknown, depth: number): void {
    switch (typeof v) {
      case 'undefined':
        this.push(Op.Undefined);
        return;
      case 'boolean':
        this.push(v ? Op.True : Op.False);
        return;
      case 'number':
        this.push(Op.Number);
        this.push(v);
        return;
      case 'string':
        this.push(Op.String);
        this.string(v);
        return;
      case 'object':
        if (v === null) this.push(Op.Null);
        else this.object(v, depth);
        return;
      default:
        throw new TypeError(`tape: a ${typeof v} cannot cross to the main thread`);
    }
  }

  private object(v: object, depth: number): void {
    const ref = this.seen.get(v);
    if (ref !== undefined) {
      this.push(Op.Ref);
      this.push(ref);
      return;
    }
    // A decoded value is as deep as the Go types it was decoded into (a dozen levels).
    if (depth > MAX_DEPTH) throw new RangeError(`tape: a value nested deeper than ${MAX_DEPTH} levels`);
    this.seen.set(v, this.seen.size);
    if (Buffer.isBuffer(v)) {
      this.push(Op.Bytes);
      this.push(this.buffers.length);
      this.buffers.push(v);
    } else if (Array.isArray(v)) {
      this.push(Op.Array);
      this.push(v.length);
      for (const e of v as unknown[]) this.value(e, depth + 1);
    } else if (v instanceof Map) {
      this.push(Op.Map);
      this.push(v.size);
      for (const [key, e] of v as Map<unknown, unknown>) {
        this.value(key, depth + 1);
        this.value(e, depth + 1);
      }
    } else if (Object.getPrototypeOf(v) === Object.prototype) {
      if (Object.getOwnPropertySymbols(v).length > 0) throw new TypeError('tape: an object with symbol keys cannot cross to the main thread');
      const keys = Object.keys(v);
      this.push(Op.Object);
      this.push(keys.length);
      for (const key of keys) this.string(key);
      for (const key of keys) this.value((v as Record<string, unknown>)[key], depth + 1);
    } else {
      throw new TypeError(`tape: a ${(v as { constructor?: { name?: string } }).constructor?.name ?? 'null-prototype object'} cannot cross to the main thread`);
    }
  }
}

/** Deeper values are refused (the writer recurses). */
const MAX_DEPTH = 1000;

/** Writes a value as a tape (in the worker). Throws on anything the tape does not carry. */
export function writeTape(value: unknown, limits: TapeLimits = DEFAULT_TAPE_LIMITS): Tape {
  return new TapeWriter(limits).write(value);
}

/** A container being filled: its value, how many children it still needs, and the keys of an object. */
interface Frame {
  readonly kind: typeof Op.Array | typeof Op.Object | typeof Op.Map;
  readonly value: unknown[] | Map<unknown, unknown> | [string, unknown][];
  remaining: number;
  /** Object: its keys, in order; Map: the key read, waiting for its value. */
  readonly keys: string[];
  mapKey: unknown;
  /** Object: where to put the finished object (it is built from its entries at the end, in fast mode). */
  readonly slot: number;
}

/**
 * Rebuilds a tape's value a slice at a time: `run(deadline)` works until the value is complete
 * (returns true) or `performance.now()` passes `deadline` (returns false; call it again).
 */
export class TapeReader {
  private at = 0;
  private textAt = 0;
  private readonly stack: Frame[] = [];
  /** Every container in the order it was opened (Ref numbers); an object's slot holds it once built. */
  private readonly objects: unknown[] = [];
  private result: unknown;
  private done = false;

  constructor(private readonly tape: Tape) {}

  value(): unknown {
    if (!this.done) throw new Error('tape: read before it was complete');
    return this.result;
  }

  private num(): number {
    const n = this.tape.ops[this.at++];
    if (n === undefined) throw new Error('tape: truncated');
    return n;
  }

  private str(): string {
    const n = this.num();
    const s = this.tape.text.slice(this.textAt, this.textAt + n);
    this.textAt += n;
    return s;
  }

  /** Hands a finished value to the container being filled (or makes it the result), closing every container it completes. */
  private give(v: unknown): void {
    let value = v;
    for (;;) {
      const top = this.stack[this.stack.length - 1];
      if (top === undefined) {
        this.result = value;
        this.done = true;
        return;
      }
      if (top.kind === Op.Array) {
        (top.value as unknown[]).push(value);
        top.remaining--;
      } else if (top.kind === Op.Map) {
        if (top.mapKey === NO_KEY) {
          top.mapKey = value;
          return;
        }
        (top.value as Map<unknown, unknown>).set(top.mapKey, value);
        top.mapKey = NO_KEY;
        top.remaining--;
      } else {
        const entries = top.value as [string, unknown][];
        entries.push([top.keys[entries.length] ?? '', value]);
        top.remaining--;
      }
      if (top.remaining > 0) return;
      this.stack.pop();
      value = this.close(top);
    }
  }

  /** A container with all its children: an object is built from its entries now (fast mode, keys in order). */
  private close(frame: Frame): unknown {
    if (frame.kind !== Op.Object) return frame.value;
    const built = Object.fromEntries(frame.value as [string, unknown][]);
    this.objects[frame.slot] = built;
    return built;
  }

  private open(kind: Frame['kind']): void {
    const count = this.num();
    const keys: string[] = [];
    if (kind === Op.Object) for (let i = 0; i < count; i++) keys.push(this.str());
    const value = kind === Op.Map ? new Map<unknown, unknown>() : [];
    const slot = this.objects.length;
    this.objects.push(kind === Op.Object ? OPEN_OBJECT : value);
    const frame: Frame = { kind, value, remaining: count, keys, mapKey: NO_KEY, slot };
    if (count === 0) {
      this.give(this.close(frame));
      return;
    }
    this.stack.push(frame);
  }

  run(deadline: number): boolean {
    const ops = this.tape.ops;
    let steps = 0;
    while (!this.done) {
      if (this.at >= ops.length) throw new Error('tape: truncated');
      // The clock is read every 1024 values: a value costs well under a microsecond.
      if ((++steps & 1023) === 0 && performance.now() > deadline) return false;
      const top = this.stack[this.stack.length - 1];
      if (top !== undefined && top.kind === Op.Map && top.mapKey === NO_KEY) {
        // Entries of a string key and a string value (labels, options: a 4 MiB body can hold
        // 67,000) straight into their Map; the last one closes the Map through give().
        const map = top.value as Map<unknown, unknown>;
        while (top.remaining > 1 && ops[this.at] === Op.String && ops[this.at + 2] === Op.String) {
          this.at++;
          const key = this.str();
          this.at++;
          map.set(key, this.str());
          top.remaining--;
          if ((++steps & 1023) === 0 && performance.now() > deadline) return false;
        }
      }
      const op = this.num();
      switch (op) {
        case Op.Undefined:
          this.give(undefined);
          break;
        case Op.Null:
          this.give(null);
          break;
        case Op.True:
          this.give(true);
          break;
        case Op.False:
          this.give(false);
          break;
        case Op.Number:
          this.give(this.num());
          break;
        case Op.String:
          this.give(this.str());
          break;
        case Op.Array:
        case Op.Object:
        case Op.Map:
          this.open(op);
          break;
        case Op.Bytes: {
          const bytes = this.tape.buffers[this.num()];
          if (bytes === undefined) throw new Error('tape: a missing buffer');
          const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
          this.objects.push(buffer);
          this.give(buffer);
          break;
        }
        case Op.Ref: {
          const target = this.objects[this.num()];
          // An object refers to itself or an ancestor only through a cycle, which the decoder never makes.
          if (target === undefined || target === OPEN_OBJECT) throw new Error('tape: a reference to an object not yet built');
          this.give(target);
          break;
        }
        default:
          throw new Error(`tape: unknown operation ${op}`);
      }
    }
    if (this.at !== ops.length || this.textAt !== this.tape.text.length) throw new Error('tape: data after the value');
    return true;
  }
}

const NO_KEY = Symbol('no key yet');
const OPEN_OBJECT = Symbol('object being built');

/** Reads a whole tape at once (tests; small values). */
export function readTape(tape: Tape): unknown {
  const reader = new TapeReader(tape);
  reader.run(Infinity);
  return reader.value();
}

/**
 * What can be moved, not copied, with the tape: its operations, and each Buffer that owns its
 * memory (larger than node's shared pool; a pooled Buffer's memory is shared with others and
 * is copied). The sender must not touch them after.
 */
export function transferables(tape: Tape): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>([tape.ops.buffer as ArrayBuffer]);
  for (const b of tape.buffers) if (b.buffer instanceof ArrayBuffer && b.buffer.byteLength > Buffer.poolSize) out.add(b.buffer);
  return [...out];
}
