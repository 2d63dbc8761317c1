/**
 * JSON texts as trees that keep everything JSON.parse would lose and an attacker plays with:
 * duplicate keys, key spellings, `\u` escapes, number literals as written, raw (even invalid
 * UTF-8) bytes. Serialised byte for byte; both decoders then read the same bytes.
 */
import fc from 'fast-check';

/** A piece of a string literal: text to escape normally, a raw escape (`\u017f`), or raw bytes. */
export type Chunk = string | { readonly esc: string } | { readonly bytes: readonly number[] };
/** The content of a string literal (between the quotes). */
export type JText = readonly Chunk[];

export type JNode =
  | { readonly t: 'obj'; readonly m: readonly (readonly [JText, JNode])[] }
  | { readonly t: 'arr'; readonly a: readonly JNode[] }
  | { readonly t: 'str'; readonly s: JText }
  /** A literal written as is: a number, true, false, null, or any raw JSON text. */
  | { readonly t: 'lit'; readonly v: string };

export const lit = (v: string): JNode => ({ t: 'lit', v });
export const str = (...s: Chunk[]): JNode => ({ t: 'str', s });
export const arr = (...a: JNode[]): JNode => ({ t: 'arr', a });
export const obj = (...m: (readonly [string | JText, JNode])[]): JNode => ({ t: 'obj', m: m.map(([k, v]) => [typeof k === 'string' ? [k] : k, v] as const) });
export const NULL = lit('null');

function textBytes(t: JText, out: Buffer[]): void {
  for (const c of t) {
    if (typeof c === 'string') out.push(Buffer.from(JSON.stringify(c).slice(1, -1), 'utf8'));
    else if ('esc' in c) out.push(Buffer.from(c.esc, 'latin1'));
    else out.push(Buffer.from(c.bytes));
  }
}

/** Serialises a tree; `ws` goes after every `:` and `,`. */
export function toBytes(n: JNode, ws = ''): Buffer {
  const out: Buffer[] = [];
  const sep = Buffer.from(`,${ws}`);
  const colon = Buffer.from(`:${ws}`);
  const quote = Buffer.from('"');
  // Iterative, so deep trees cannot overflow the stack.
  const stack: (JNode | Buffer)[] = [n];
  while (stack.length > 0) {
    const top = stack.pop()!;
    if (Buffer.isBuffer(top)) {
      out.push(top);
      continue;
    }
    switch (top.t) {
      case 'lit':
        out.push(Buffer.from(top.v, 'utf8'));
        break;
      case 'str':
        out.push(quote);
        textBytes(top.s, out);
        out.push(quote);
        break;
      case 'arr': {
        const parts: (JNode | Buffer)[] = [Buffer.from('[')];
        top.a.forEach((e, i) => {
          if (i > 0) parts.push(sep);
          parts.push(e);
        });
        parts.push(Buffer.from(']'));
        for (let i = parts.length - 1; i >= 0; i--) stack.push(parts[i]!);
        break;
      }
      case 'obj': {
        const parts: (JNode | Buffer)[] = [Buffer.from('{')];
        top.m.forEach(([k, v], i) => {
          if (i > 0) parts.push(sep);
          const kb: Buffer[] = [quote];
          textBytes(k, kb);
          kb.push(quote, colon);
          parts.push(Buffer.concat(kb), v);
        });
        parts.push(Buffer.from('}'));
        for (let i = parts.length - 1; i >= 0; i--) stack.push(parts[i]!);
        break;
      }
    }
  }
  return Buffer.concat(out);
}

/** A readable form of a body for failure messages: the text if it is UTF-8, else base64 too. */
export function showBytes(b: Uint8Array): string {
  const buf = Buffer.from(b);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buf);
  const valid = Buffer.from(text, 'utf8').equals(buf);
  const shown = text.length > 2000 ? `${text.slice(0, 2000)}…(${buf.length} bytes)` : text;
  return valid ? JSON.stringify(shown) : `${JSON.stringify(shown)} (not UTF-8; base64 ${buf.length > 3000 ? '…' : buf.toString('base64')})`;
}

/** A generated body: prints as its text in fast-check's counterexample report. */
export class Body {
  constructor(readonly bytes: Buffer) {}
  [fc.toStringMethod](): string {
    return `Body(${showBytes(this.bytes)})`;
  }
}
