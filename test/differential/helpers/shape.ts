/**
 * Compares the shape of the Go structs in test/differential/go (reflect, via `describe`) with
 * dockgate's schemas, so the differential test decodes into the same fields dockgate declares.
 * Returns the differences, each as one line; approximations dockgate makes on purpose (see
 * docker-types.ts) are returned separately.
 */
import type { Schema } from '../../../src/request/gojson/schema.js';

export interface GoShape {
  readonly kind: 'ptr' | 'slice' | 'bytes' | 'array' | 'map' | 'struct' | 'any' | 'string' | 'bool' | 'int' | 'float' | 'strslice';
  readonly elem?: GoShape;
  readonly len?: number;
  readonly fields?: Record<string, GoShape>;
  readonly embedded?: Record<string, GoShape>;
  readonly bits?: number;
  readonly unsigned?: boolean;
}

export interface ShapeReport {
  readonly differences: string[];
  readonly approximations: string[];
}

function describeGo(g: GoShape): string {
  switch (g.kind) {
    case 'ptr':
      return `*${describeGo(g.elem!)}`;
    case 'slice':
      return `[]${describeGo(g.elem!)}`;
    case 'array':
      return `[${g.len ?? 0}]${describeGo(g.elem!)}`;
    case 'map':
      return `map[string]${describeGo(g.elem!)}`;
    case 'struct':
      return Object.keys(g.fields ?? {}).length === 0 && Object.keys(g.embedded ?? {}).length === 0 ? 'struct{}' : 'struct';
    case 'bytes':
      return '[]byte';
    case 'int':
      return `${g.unsigned === true ? 'uint' : 'int'}${g.bits ?? 0}`;
    case 'float':
      return `float${g.bits ?? 0}`;
    default:
      return g.kind;
  }
}

export function compareShape(s: Schema, g: GoShape, path = '', report: ShapeReport = { differences: [], approximations: [] }): ShapeReport {
  const at = path || 'body';
  const differ = (what: string): void => {
    report.differences.push(`${at}: dockgate ${s.kind}, Go ${describeGo(g)}${what ? ` (${what})` : ''}`);
  };
  switch (s.kind) {
    case 'any':
      if (g.kind === 'any') return report;
      if (g.kind === 'array' || g.kind === 'bytes' || (g.kind === 'struct' && Object.keys(g.fields ?? {}).length === 0) || (g.kind === 'ptr' && g.elem?.kind === 'array')) {
        report.approximations.push(`${at}: any for Go ${describeGo(g)}`);
      } else differ('');
      return report;
    case 'float':
      if (g.kind !== 'float' || (s.bits === 32 && g.bits !== 32)) differ('');
      else if (g.bits === 32 && s.bits !== 32) report.approximations.push(`${at}: float64 for Go float32`);
      return report;
    case 'int':
      if (g.kind !== 'int' || g.bits !== s.bits || g.unsigned !== s.unsigned) differ(`dockgate ${s.unsigned ? 'uint' : 'int'}${s.bits}`);
      return report;
    case 'bool':
    case 'string':
    case 'strslice':
    case 'bytes':
      if (g.kind !== s.kind) differ('');
      return report;
    case 'slice':
    case 'map':
    case 'ptr':
      if (g.kind !== s.kind || !g.elem) differ('');
      else compareShape(s.elem, g.elem, s.kind === 'ptr' ? path : `${path}[]`, report);
      return report;
    case 'struct': {
      if (g.kind !== 'struct') {
        differ('');
        return report;
      }
      const gf = g.fields ?? {};
      const ge = g.embedded ?? {};
      for (const name of Object.keys(gf)) if (!(name in s.fields)) report.differences.push(`${at}: Go field ${name} (${describeGo(gf[name]!)}) is missing from dockgate's ${s.name}`);
      for (const [name, fs] of Object.entries(s.fields)) {
        const gs = gf[name];
        if (!gs) report.differences.push(`${at}: dockgate field ${name} is not in the Go struct`);
        else compareShape(fs, gs, path ? `${path}.${name}` : name, report);
      }
      for (const holder of Object.keys(ge)) if (!(holder in s.embedded)) report.differences.push(`${at}: Go embeds ${holder}, dockgate's ${s.name} does not`);
      for (const [holder, es] of Object.entries(s.embedded)) {
        const gs = ge[holder];
        if (!gs) report.differences.push(`${at}: dockgate embeds ${holder}, the Go struct does not`);
        else compareShape(es, gs, path ? `${path}.(${holder})` : `(${holder})`, report);
      }
      return report;
    }
  }
}

/**
 * Where dockgate's schema accepts more than the Go type, as Go's UnmarshalTypeError.Field
 * spells the path (dotted JSON field names, no indices or map keys): `any` for a Go array,
 * []byte or struct{}, and float64 for a Go float32 (whose values are also rounded).
 */
export interface Approximations {
  readonly anyPaths: ReadonlySet<string>;
  readonly float32Paths: ReadonlySet<string>;
}

export function approximationsOf(s: Schema, g: GoShape): Approximations {
  const anyPaths = new Set<string>();
  const float32Paths = new Set<string>();
  const walk = (schema: Schema, go: GoShape | undefined, path: string): void => {
    if (!go) return;
    switch (schema.kind) {
      case 'any':
        if (go.kind !== 'any') anyPaths.add(path);
        return;
      case 'float':
        if (schema.bits !== 32 && go.bits === 32) float32Paths.add(path);
        return;
      case 'slice':
      case 'map':
      case 'ptr':
        walk(schema.elem, go.elem, path);
        return;
      case 'struct':
        for (const [name, fs] of Object.entries(schema.fields)) walk(fs, go.fields?.[name], path ? `${path}.${name}` : name);
        for (const [holder, es] of Object.entries(schema.embedded)) {
          for (const [name, fs] of Object.entries(es.fields)) walk(fs, go.embedded?.[holder]?.fields?.[name], path ? `${path}.${name}` : name);
        }
        return;
      default:
        return;
    }
  };
  walk(s, g, '');
  return { anyPaths, float32Paths };
}
