/**
 * Compares dockgate's decode (src/request/gojson) with Go's on the same bytes.
 *
 * Both sides are put in one canonical form, driven by dockgate's schema: structs as objects
 * of their JSON field names (embedded struct pointers under their holder name), maps as
 * sorted [key, value] lists, `any` fields as null (dockgate validates and drops them).
 *
 * The verdict, in order:
 * - syntax error: both or neither;
 * - type error (the daemon answers 400, so the values no longer matter): both or neither,
 *   except where dockgate's schema deliberately accepts more than Go's real type (an `any`
 *   for `[2]uint` or `map[string]struct{}`; `float64` for `float32`): there Go may
 *   refuse what dockgate accepts, which cannot let a request through that the daemon runs;
 * - otherwise the decoded values are equal, and dockgate reports an ambiguity exactly when
 *   daemons up to 28.x (StrSlice) and 29+ ([]string) decode the body differently.
 */
import type { DecodeResult } from '../../../src/request/gojson/decode.js';
import { zeroValue } from '../../../src/request/gojson/decode.js';
import type { Schema, StructSchema } from '../../../src/request/gojson/schema.js';
import type { GoDecodeResult } from './go-harness.js';
import type { Approximations } from './shape.js';

type Canon = null | boolean | number | string | Canon[] | { [k: string]: Canon };

function sortEntries(entries: [string, Canon][]): Canon {
  return entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, v]);
}

/**
 * dockgate's decoded value in canonical form. `float32Paths` (Go field paths) are float64 in
 * dockgate's schema but float32 in Go: their values are rounded to single precision here.
 */
export function canonTs(s: Schema, v: unknown, float32Paths: ReadonlySet<string> = new Set(), path = ''): Canon {
  if (v === null || v === undefined) {
    if (s.kind === 'struct') throw new Error('dockgate: a struct decoded to null');
    return null;
  }
  switch (s.kind) {
    case 'float':
      return float32Paths.has(path) ? Math.fround(v as number) : (v as number);
    case 'bool':
    case 'int':
    case 'string':
      return v as Canon;
    case 'any':
      return null;
    case 'bytes':
      // as the Go side's canon writes a []byte
      return Buffer.from(v as number[]).toString('base64');
    case 'strslice':
      return (v as string[]).map((e) => e);
    case 'slice':
      return (v as unknown[]).map((e) => canonTs(s.elem, e, float32Paths, path));
    case 'map':
      return sortEntries([...(v as Map<string, unknown>)].map(([k, e]) => [k, canonTs(s.elem, e, float32Paths, path)]));
    case 'ptr':
      return canonTs(s.elem, v, float32Paths, path);
    case 'struct': {
      const o = v as Record<string, unknown>;
      const out: Record<string, Canon> = {};
      const sub = (name: string): string => (path ? `${path}.${name}` : name);
      for (const [name, fs] of Object.entries(s.fields)) out[name] = canonTs(fs, o[name], float32Paths, sub(name));
      for (const [holder, es] of Object.entries(s.embedded)) {
        const h = o[holder] as Record<string, unknown> | null;
        if (h === null) {
          out[holder] = null;
          continue;
        }
        const e: Record<string, Canon> = {};
        for (const [name, fs] of Object.entries(es.fields)) e[name] = canonTs(fs, h[name], float32Paths, sub(name));
        out[holder] = e;
      }
      return out;
    }
  }
}

/** Go's canonical output, projected onto dockgate's schema (throws when the shapes differ). */
export function projectGo(s: Schema, g: unknown, path = ''): Canon {
  const bad = (what: string): Error => new Error(`Go value at ${path || 'body'} is not ${what}: ${JSON.stringify(g)}`);
  if (s.kind === 'any') return null;
  if (g === null) {
    if (s.kind === 'struct' || s.kind === 'bool' || s.kind === 'int' || s.kind === 'float' || s.kind === 'string') throw bad(s.kind);
    return null;
  }
  switch (s.kind) {
    case 'bool':
      if (typeof g !== 'boolean') throw bad('a bool');
      return g;
    case 'int':
    case 'float':
      if (typeof g !== 'number') throw bad('a number');
      return g;
    case 'string':
    case 'bytes':
      if (typeof g !== 'string') throw bad('a string');
      return g;
    case 'strslice':
    case 'slice': {
      if (!Array.isArray(g)) throw bad('an array');
      const elem: Schema = s.kind === 'slice' ? s.elem : { kind: 'string' };
      return g.map((e, i) => projectGo(elem, e, `${path}[${i}]`));
    }
    case 'map':
      if (typeof g !== 'object' || Array.isArray(g)) throw bad('an object');
      return sortEntries(Object.entries(g as Record<string, unknown>).map(([k, e]) => [k, projectGo(s.elem, e, `${path}[${JSON.stringify(k)}]`)]));
    case 'ptr':
      return projectGo(s.elem, g, path);
    case 'struct': {
      if (typeof g !== 'object' || Array.isArray(g)) throw bad('an object');
      const o = g as Record<string, unknown>;
      const out: Record<string, Canon> = {};
      const expected = new Set([...Object.keys(s.fields), ...Object.keys(s.embedded)]);
      for (const k of Object.keys(o)) if (!expected.has(k)) throw new Error(`Go struct at ${path || 'body'} has field ${k} that dockgate's ${s.name} lacks`);
      for (const [name, fs] of Object.entries(s.fields)) {
        if (!(name in o)) throw new Error(`Go struct at ${path || 'body'} lacks field ${name} of dockgate's ${s.name}`);
        out[name] = projectGo(fs, o[name], path ? `${path}.${name}` : name);
      }
      for (const [holder, es] of Object.entries(s.embedded)) {
        out[holder] = o[holder] === null || o[holder] === undefined ? null : projectGo(es, o[holder], path ? `${path}.${holder}` : holder);
      }
      return out;
    }
  }
}

/** The first difference between two canonical values, as a path and both sides. */
export function firstDifference(a: Canon, b: Canon, path = ''): string | undefined {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path || 'body'}: length ${a.length} vs ${b.length}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i]!, b[i]!, `${path}[${i}]`);
      if (d) return d;
    }
    return undefined;
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference(a[k] ?? null, b[k] ?? null, path ? `${path}.${k}` : k);
      if (d) return d;
    }
    return undefined;
  }
  return Object.is(a, b) ? undefined : `${path || 'body'}: ${JSON.stringify(a)}${Object.is(a, -0) ? ' (-0)' : ''} vs ${JSON.stringify(b)}${Object.is(b, -0) ? ' (-0)' : ''}`;
}

export type Verdict =
  | { readonly ok: true; readonly outcome: 'syntax' | 'type' | 'approximation' | 'ambiguous' | 'value' }
  | { readonly ok: false; readonly reason: string };

export function compareDecodes(schema: StructSchema, ts: DecodeResult<unknown>, go: { v28: GoDecodeResult; v29?: GoDecodeResult }, approx: Approximations): Verdict {
  const g = go.v28;
  if (g.syntaxError !== undefined || ts.syntaxError !== undefined) {
    if (g.syntaxError !== undefined && ts.syntaxError !== undefined) return { ok: true, outcome: 'syntax' };
    return { ok: false, reason: `syntax error: Go ${g.syntaxError ?? 'none'}, dockgate ${ts.syntaxError?.message ?? 'none'}` };
  }
  if (g.typeError !== undefined || ts.typeError !== undefined) {
    if (g.typeError !== undefined && ts.typeError !== undefined) return { ok: true, outcome: 'type' };
    if (g.typeError !== undefined && isApproximation(g, approx)) return { ok: true, outcome: 'approximation' };
    return { ok: false, reason: `type error: Go ${g.typeError ?? 'none'}, dockgate ${ts.typeError ? `${ts.typeError.path}: ${ts.typeError.message}` : 'none'}` };
  }
  const tsValue = canonTs(schema, ts.value ?? zeroValue(schema), approx.float32Paths);
  const goValue = projectGo(schema, g.value);
  const diff = firstDifference(tsValue, goValue);
  if (diff !== undefined) return { ok: false, reason: `values differ (dockgate vs Go <= 28) at ${diff}` };
  // Ambiguity claims: exactly when the 29+ decode ([]string for StrSlice) differs.
  let versionsDiffer = false;
  if (go.v29 && go.v29.syntaxError === undefined && go.v29.typeError === undefined) {
    versionsDiffer = firstDifference(goValue, projectGo(schema, go.v29.value)) !== undefined;
  }
  const claimed = ts.ambiguities.length > 0;
  if (claimed !== versionsDiffer) {
    return {
      ok: false,
      reason: claimed
        ? `dockgate says ambiguous (${ts.ambiguities.map((a) => `${a.path}: ${a.message}`).join('; ')}) but daemons <= 28 and 29+ decode it the same way`
        : `daemons <= 28 and 29+ decode it differently (${firstDifference(goValue, projectGo(schema, go.v29!.value)) ?? ''}) but dockgate does not flag it`,
    };
  }
  return { ok: true, outcome: claimed ? 'ambiguous' : 'value' };
}

function isApproximation(g: GoDecodeResult, approx: Approximations): boolean {
  if (g.typeErrorField !== undefined) return approx.anyPaths.has(g.typeErrorField) || approx.float32Paths.has(g.typeErrorField);
  return false;
}
