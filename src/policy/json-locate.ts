/**
 * Where things are in a policy file's text: the line and column of every value and key (by
 * JSON pointer), the keys given twice in one object (JSON.parse silently keeps the last), and
 * for text that is not JSON, where it stops being JSON. A small strict JSON scanner (RFC 8259,
 * what JSON.parse accepts); the document's value itself still comes from JSON.parse.
 */

export interface Position {
  /** 1-based. */
  readonly line: number;
  /** 1-based, in UTF-16 code units (what editors count for the BMP). */
  readonly column: number;
  readonly offset: number;
}

export interface Located {
  readonly ok: true;
  /** Where each value starts, by JSON pointer (`''` is the document). */
  readonly values: ReadonlyMap<string, Position>;
  /** Where each object member's key starts, by the member's JSON pointer. */
  readonly keys: ReadonlyMap<string, Position>;
  /** Members whose key was already given in the same object: where the later one is. */
  readonly duplicates: readonly { readonly pointer: string; readonly position: Position }[];
}

export interface SyntaxProblem {
  readonly ok: false;
  readonly position: Position;
  readonly message: string;
}

/** `/`-joined pointer segment, escaped as RFC 6901 says. */
export function pointerSegment(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}

class ScanError extends Error {
  constructor(readonly offset: number, message: string) {
    super(message);
  }
}

/** Line and column (1-based) of an offset. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1, offset };
}

function describeChar(text: string, i: number): string {
  if (i >= text.length) return 'the end of the file';
  const ch = text[i] ?? '';
  return /[\u0020-\u007e]/.test(ch) ? `'${ch}'` : `character U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Scans `text` as JSON, recording positions. Never throws. */
export function locate(text: string): Located | SyntaxProblem {
  const values = new Map<string, number>();
  const keys = new Map<string, number>();
  const duplicates: { pointer: string; offset: number }[] = [];
  let i = 0;
  // A byte order mark is not JSON (JSON.parse refuses it too).
  const ws = (): void => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
      else break;
    }
  };
  const fail = (what: string): never => {
    throw new ScanError(i, `${what}, found ${describeChar(text, i)}`);
  };
  const string = (): string => {
    const start = i;
    i++; // opening quote
    let out = '';
    for (;;) {
      if (i >= text.length) throw new ScanError(start, 'string not closed: a \'"\' is missing');
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return out;
      }
      if (c < 0x20) throw new ScanError(i, 'control character in a string: write it escaped (\\n, \\t, \\u00XX)');
      if (c === 0x5c) {
        const e = text[i + 1] ?? '';
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e in simple) {
          out += simple[e] ?? '';
          i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else {
          throw new ScanError(i, `invalid escape \\${e} in a string`);
        }
        continue;
      }
      out += text[i] ?? '';
      i++;
    }
  };
  const number = (): void => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail('expected a value (a string, number, object, array, true, false or null)');
    i += m?.[0].length ?? 0;
  };
  const value = (pointer: string, depth: number): void => {
    if (depth > 200) throw new ScanError(i, 'nested more than 200 levels deep');
    ws();
    values.set(pointer, i);
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      const seen = new Set<string>();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail(text[i] === '}' ? 'expected a property name after \',\' (a trailing comma is not JSON)' : 'expected a property name in double quotes');
        const keyAt = i;
        const key = string();
        const child = `${pointer}/${pointerSegment(key)}`;
        if (seen.has(key)) duplicates.push({ pointer: child, offset: keyAt });
        seen.add(key);
        keys.set(child, keyAt);
        ws();
        if (text[i] !== ':') fail(`expected ':' after the property name "${key}"`);
        i++;
        value(child, depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail('expected \',\' or \'}\' after a property value');
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (let n = 0; ; n++) {
        ws();
        if (text[i] === ']') fail('expected a value after \',\' (a trailing comma is not JSON)');
        value(`${pointer}/${String(n)}`, depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail('expected \',\' or \']\' after an array element');
      }
    } else if (c === '"') {
      string();
    } else if (text.startsWith('true', i)) {
      i += 4;
    } else if (text.startsWith('false', i)) {
      i += 5;
    } else if (text.startsWith('null', i)) {
      i += 4;
    } else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      number();
    } else {
      fail(c === "'" ? 'expected a value (strings take double quotes)' : 'expected a value (a string, number, object, array, true, false or null)');
    }
  };
  try {
    if (text.trim() === '') throw new ScanError(0, 'the file is empty: a policy is a JSON object');
    value('', 0);
    ws();
    if (i < text.length) fail('expected the end of the file after the JSON value');
  } catch (err) {
    if (err instanceof ScanError) return { ok: false, position: positionAt(text, err.offset), message: err.message };
    throw err;
  }
  // Positions for every recorded offset, in one pass over the text.
  const offsets = [...new Set([...values.values(), ...keys.values(), ...duplicates.map((d) => d.offset)])].sort((a, b) => a - b);
  const at = new Map<number, Position>();
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  for (const off of offsets) {
    for (; scanned < off; scanned++) {
      if (text.charCodeAt(scanned) === 10) {
        line++;
        lineStart = scanned + 1;
      }
    }
    at.set(off, { line, column: off - lineStart + 1, offset: off });
  }
  const pos = (off: number): Position => at.get(off) ?? positionAt(text, off);
  return {
    ok: true,
    values: new Map([...values].map(([p, off]) => [p, pos(off)])),
    keys: new Map([...keys].map(([p, off]) => [p, pos(off)])),
    duplicates: duplicates.map((d) => ({ pointer: d.pointer, position: pos(d.offset) })),
  };
}

/** The line holding `position` and a caret under its column, for a syntax error. */
export function excerpt(text: string, position: Position): string {
  const lines = text.split('\n');
  const raw = (lines[position.line - 1] ?? '').replace(/\r$/, '');
  // Long lines (minified policies): a window around the column.
  const from = Math.max(0, position.column - 60);
  const shown = raw.slice(from, from + 120).replaceAll('\t', ' ');
  const gutter = `${String(position.line)} | `;
  return `${gutter}${from > 0 ? '...' : ''}${shown}\n${' '.repeat(gutter.length + (from > 0 ? 3 : 0) + position.column - 1 - from)}^`;
}
