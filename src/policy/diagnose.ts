/**
 * Every problem of a policy document in one pass, as a compiler reports them: the schema's
 * errors (ajv's, with its oneOf/anyOf noise collapsed into one message per location and "did
 * you mean" for unknown names and values) and the semantic checks the schema cannot express,
 * which run on whatever parts of the document have the right shape, so that fixing the schema
 * errors never reveals a second round. Each problem has a stable code (./codes.ts) and a
 * severity: errors make the policy invalid (serve refuses it), warnings do not.
 */
import type { ErrorObject } from 'ajv';
import { RULES } from '../rules/index.js';
import { ALL, LINUX_CAPABILITIES, normalizeCapability } from '../rules/lib/capabilities.js';
import { POLICY_CODES, type DiagnosticSeverity, type PolicyCode } from './codes.js';
import { customRuleIssues, type CustomRuleEntry } from './custom-rules.js';
import { pointerSegment } from './json-locate.js';
import { NOT_EXEMPTIBLE, buildPolicySchema } from './schema.js';
import { closest, didYouMean } from './suggest.js';

export interface Diagnostic {
  /** JSON pointer of the bad value, e.g. `/rules/memory-limit/options/max` (`''`: the document). */
  readonly path: string;
  readonly message: string;
  readonly code: PolicyCode;
  readonly severity: DiagnosticSeverity;
}

const RULE_IDS = RULES.map((r) => r.meta.id);
const RULE_BY_ID = new Map(RULES.map((r) => [r.meta.id, r]));

function diagnostic(path: string, code: PolicyCode, message: string): Diagnostic {
  return { path, code, message, severity: POLICY_CODES[code].severity };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function unescape(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}

export function valueAt(doc: unknown, pointer: string): unknown {
  let cur: unknown = doc;
  for (const part of pointer.split('/').slice(1)) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[unescape(part)];
  }
  return cur;
}

let schemaCache: Record<string, unknown> | undefined;

/** The schema object at an ajv schemaPath (`#/properties/rules/...`), if it can be found. */
function schemaAt(schemaPath: string): unknown {
  schemaCache ??= buildPolicySchema();
  let cur: unknown = schemaCache;
  for (const part of schemaPath.replace(/^#\/?/, '').split('/')) {
    if (part === '') continue;
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[decodeURIComponent(unescape(part))];
  }
  return cur;
}

/** `(found "five")` for scalars, nothing for objects and arrays. */
function found(doc: unknown, pointer: string): string {
  const value = valueAt(doc, pointer);
  return value === undefined || typeof value === 'object' ? '' : ` (found ${JSON.stringify(value)})`;
}

function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1] ?? ''}`;
}

/** A rule entry's location: `/rules/<id>` or `/profiles/<n>/rules/<id>`. */
const RULE_ENTRY = /^(?:\/profiles\/\d+)?\/rules\/([^/]+)$/;
const RULE_OPTIONS = /^(?:\/profiles\/\d+)?\/rules\/([^/]+)\/options$/;
const RULE_MAP = /^(?:\/profiles\/\d+)?\/rules$/;
const EXEMPTION_RULE = /^\/exemptions\/\d+\/rules\/\d+$/;
const EXEMPTION = /^\/exemptions\/\d+$/;

/** What a failed branch of a oneOf/anyOf wanted, from its errors at the combinator's location. */
function branchWants(errors: readonly ErrorObject[], at: string): string {
  const here = errors.filter((e) => e.instancePath === at);
  const en = here.find((e) => e.keyword === 'enum');
  if (en) return (en.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ');
  const type = here.find((e) => e.keyword === 'type');
  if (type) {
    const t = String((type.params as { type: unknown }).type);
    if (t === 'object' && RULE_ENTRY.test(at)) return '{action, options}';
    return t === 'object' ? 'an object' : t === 'array' ? 'a list' : `a ${t}`;
  }
  const pattern = here.find((e) => e.keyword === 'pattern');
  if (pattern) return `a string matching ${String((pattern.params as { pattern: unknown }).pattern)}`;
  return 'a valid value';
}

/**
 * Collapses each failed oneOf/anyOf into what its one fitting branch says (the branch whose
 * type the value has), or into a single "expected A or B" error when no branch fits. Drops
 * if/then's summary errors (the then branch's errors say it) and exact repeats.
 */
function collapse(errors: readonly ErrorObject[]): ErrorObject[] {
  let list = errors.filter((e) => e.keyword !== 'if');
  const combinators = list.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf').sort((a, b) => a.schemaPath.length - b.schemaPath.length);
  for (const c of combinators) {
    if (!list.includes(c)) continue;
    const prefix = `${c.schemaPath}/`;
    const branches = new Map<string, ErrorObject[]>();
    for (const e of list) {
      // The same schema applies at many locations (every exemption's rules): this location's errors only.
      const here = e.instancePath === c.instancePath || e.instancePath.startsWith(`${c.instancePath}/`);
      if (!here || !e.schemaPath.startsWith(prefix)) continue;
      const index = e.schemaPath.slice(prefix.length).split('/')[0] ?? '';
      let b = branches.get(index);
      if (!b) branches.set(index, (b = []));
      b.push(e);
    }
    const inside = new Set([c, ...[...branches.values()].flat()]);
    const fitting = [...branches.values()].filter((b) => !b.some((e) => e.instancePath === c.instancePath && e.keyword === 'type'));
    const rest = list.filter((e) => !inside.has(e));
    if (fitting.length === 1 && fitting[0] !== undefined && fitting[0].some((e) => e.instancePath !== c.instancePath || e.keyword !== 'enum')) {
      // The value has the type of one branch, and that branch says more than "not in the enum": its errors are the story.
      list = [...rest, ...fitting[0]];
    } else if (branches.size > 0) {
      const wants = [...branches.values()].map((b) => branchWants(b, c.instancePath));
      list = [...rest, { ...c, keyword: 'expected', params: { wants }, message: `expected ${orList(wants)}` }];
    }
  }
  const seen = new Set<string>();
  return list.filter((e) => {
    const key = `${e.instancePath}|${e.keyword}|${e.message ?? ''}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function schemaError(doc: unknown, e: ErrorObject): Diagnostic {
  const at = e.instancePath;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = (e.params as { additionalProperty: string }).additionalProperty;
      const child = `${at}/${pointerSegment(key)}`;
      if (RULE_MAP.test(at)) {
        if (key.startsWith('custom/') && at === '/rules') {
          return diagnostic(child, 'DG_POLICY_UNKNOWN_RULE', `unknown rule ${JSON.stringify(key)}: a custom rule's action is set in its customRules entry (profiles may override it)`);
        }
        return diagnostic(child, 'DG_POLICY_UNKNOWN_RULE', `unknown rule ${JSON.stringify(key)}${didYouMean(key, RULE_IDS)}`);
      }
      const options = RULE_OPTIONS.exec(at);
      if (options) {
        const rule = RULE_BY_ID.get(unescape(options[1] ?? ''));
        const names = Object.keys((rule?.meta.optionsSchema.properties as Record<string, unknown> | undefined) ?? {});
        const hint = didYouMean(key, names);
        return diagnostic(child, 'DG_POLICY_UNKNOWN_OPTION', `unknown option ${JSON.stringify(key)} for ${rule?.meta.id ?? 'this rule'}${hint === '' ? `; its options: ${names.length > 0 ? names.join(', ') : 'none'}` : hint}`);
      }
      const parent = schemaAt(e.schemaPath.replace(/\/additionalProperties$/, ''));
      const names = isRecord(parent) && isRecord(parent.properties) ? Object.keys(parent.properties) : [];
      return diagnostic(child, 'DG_POLICY_UNKNOWN_PROPERTY', `unknown property ${JSON.stringify(key)}${didYouMean(key, names)}`);
    }
    case 'expected': {
      const value = valueAt(doc, at);
      if (EXEMPTION_RULE.test(at) && typeof value === 'string') {
        if (NOT_EXEMPTIBLE.has(value)) return diagnostic(at, 'DG_POLICY_NOT_EXEMPTIBLE', `${value} cannot be exempted: set its adminUsers option instead`);
        return diagnostic(at, 'DG_POLICY_UNKNOWN_RULE', `unknown rule ${JSON.stringify(value)}${didYouMean(value, ['*', ...RULE_IDS])} (a rule id, "*" or custom/<name>)`);
      }
      if (EXEMPTION.test(at) && isRecord(value)) {
        return diagnostic(at, 'DG_POLICY_REQUIRED', 'an exemption needs at least one selector: users, images or containerNames');
      }
      const wants = (e.params as { wants: string[] }).wants;
      const strings = wants.flatMap((w) => [...w.matchAll(/"([^"]*)"/g)].map((m) => m[1] ?? ''));
      const hint = typeof value === 'string' ? didYouMean(value, strings) : '';
      return diagnostic(at, 'DG_POLICY_BAD_VALUE', `${e.message ?? ''}${found(doc, at)}${hint}`);
    }
    case 'enum': {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues;
      const value = valueAt(doc, at);
      const hint = typeof value === 'string' ? didYouMean(value, allowed.filter((v): v is string => typeof v === 'string')) : '';
      return diagnostic(at, 'DG_POLICY_BAD_VALUE', `expected ${orList(allowed.map((v) => JSON.stringify(v)))}${found(doc, at)}${hint}`);
    }
    case 'const':
      return diagnostic(at, 'DG_POLICY_BAD_VALUE', `expected ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}${found(doc, at)}`);
    case 'required': {
      const missing = (e.params as { missingProperty: string }).missingProperty;
      return diagnostic(at, 'DG_POLICY_REQUIRED', `missing required property ${JSON.stringify(missing)}`);
    }
    case 'type':
      return diagnostic(at, 'DG_POLICY_TYPE', `${e.message ?? 'has the wrong type'}${found(doc, at)}`);
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
    case 'uniqueItems':
    case 'minProperties':
    case 'maxProperties':
      return diagnostic(at, 'DG_POLICY_OUT_OF_RANGE', `${e.message ?? 'out of range'}${found(doc, at)}`);
    case 'pattern':
    case 'format':
      return diagnostic(at, 'DG_POLICY_PATTERN', `${e.message ?? 'has the wrong form'}${found(doc, at)}`);
    default:
      return diagnostic(at, 'DG_POLICY_INVALID', `${e.message ?? 'is invalid'}${found(doc, at)}`);
  }
}

/** ajv's errors as diagnostics, one per location and problem. */
export function schemaDiagnostics(doc: unknown, errors: readonly ErrorObject[]): Diagnostic[] {
  return collapse(errors).map((e) => schemaError(doc, e));
}

const strings = (v: unknown): v is readonly string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const KNOWN_CAPABILITIES = new Set(LINUX_CAPABILITIES);

/** capabilities.allowed entries that are no capability, and ALL (never allowed). */
function capabilityDiagnostics(entry: unknown, at: string): Diagnostic[] {
  if (!isRecord(entry) || !isRecord(entry.options) || !Array.isArray(entry.options.allowed)) return [];
  const out: Diagnostic[] = [];
  (entry.options.allowed as unknown[]).forEach((raw, i) => {
    if (typeof raw !== 'string') return;
    const path = `${at}/options/allowed/${String(i)}`;
    const cap = normalizeCapability(raw);
    if (cap === ALL) {
      out.push(diagnostic(path, 'DG_POLICY_NO_EFFECT', 'ALL is never allowed, whatever allowed says: remove it and list the capabilities a workload needs'));
    } else if (!KNOWN_CAPABILITIES.has(cap)) {
      const near = closest(cap, LINUX_CAPABILITIES);
      const hint = near === undefined ? '' : `; did you mean ${JSON.stringify(near.slice('CAP_'.length))}?`;
      out.push(diagnostic(path, 'DG_POLICY_UNKNOWN_CAPABILITY', `unknown capability ${JSON.stringify(raw)} (read as ${cap}, as the daemon reads it)${hint}`));
    }
  });
  return out;
}

/** What the schema cannot say, on whatever parts of the document have the shape the check needs. */
export function semanticDiagnostics(doc: unknown): Diagnostic[] {
  if (!isRecord(doc)) return [];
  const out: Diagnostic[] = [];
  const customIds = new Set<string>();
  const customRules = Array.isArray(doc.customRules) ? (doc.customRules as unknown[]) : [];
  customRules.forEach((rule, i) => {
    if (!isRecord(rule)) return;
    const at = `/customRules/${String(i)}`;
    if (typeof rule.id === 'string') {
      if (customIds.has(rule.id)) out.push(diagnostic(`${at}/id`, 'DG_POLICY_DUPLICATE_ID', `duplicate custom rule id ${JSON.stringify(rule.id)}`));
      customIds.add(rule.id);
    }
    if (typeof rule.field === 'string' && typeof rule.operator === 'string' && strings(rule.operations)) {
      for (const issue of customRuleIssues(rule as unknown as CustomRuleEntry, at)) out.push(diagnostic(issue.path, issue.code, issue.message));
    }
  });
  const unknownCustom = (id: string, path: string): void => {
    if (id.startsWith('custom/') && !customIds.has(id)) out.push(diagnostic(path, 'DG_POLICY_UNKNOWN_RULE', `no custom rule has the id ${JSON.stringify(id)}${didYouMean(id, customIds)}`));
  };
  const exemptionIds = new Map<string, number>();
  const exemptions = Array.isArray(doc.exemptions) ? (doc.exemptions as unknown[]) : [];
  exemptions.forEach((e, i) => {
    if (!isRecord(e)) return;
    const at = `/exemptions/${String(i)}`;
    if (typeof e.id === 'string') {
      const first = exemptionIds.get(e.id);
      if (first !== undefined) out.push(diagnostic(`${at}/id`, 'DG_POLICY_DUPLICATE_ID', `duplicate exemption id ${JSON.stringify(e.id)} (also exemptions[${String(first)}]): the decision log names exemptions by id`));
      else exemptionIds.set(e.id, i);
    }
    if (Array.isArray(e.rules)) {
      (e.rules as unknown[]).forEach((id, j) => {
        if (typeof id === 'string') unknownCustom(id, `${at}/rules/${String(j)}`);
      });
    }
    if (strings(e.images) && e.images.length > 0 && e.requireDigest !== true) {
      const tags = e.images.filter((g) => !g.includes('@sha256:'));
      if (tags.length > 0) {
        const name = typeof e.id === 'string' ? ` ${JSON.stringify(e.id)}` : '';
        out.push(diagnostic(`${at}/images`, 'DG_POLICY_TAG_EXEMPTION',
          `exemption${name} matches images by tag (${tags.map((t) => JSON.stringify(t)).join(', ')}): anyone with API access can docker tag any image to match; list digests (name@sha256:...) and set "requireDigest": true`));
      }
    }
  });
  const profileIds = new Set<string>();
  const profiles = Array.isArray(doc.profiles) ? (doc.profiles as unknown[]) : [];
  profiles.forEach((profile, i) => {
    if (!isRecord(profile)) return;
    const at = `/profiles/${String(i)}`;
    if (typeof profile.id === 'string') {
      if (profileIds.has(profile.id)) out.push(diagnostic(`${at}/id`, 'DG_POLICY_DUPLICATE_ID', `duplicate profile id ${JSON.stringify(profile.id)}`));
      profileIds.add(profile.id);
    }
    if (!isRecord(profile.rules)) return;
    for (const [id, entry] of Object.entries(profile.rules)) {
      const path = `${at}/rules/${pointerSegment(id)}`;
      unknownCustom(id, path);
      if (NOT_EXEMPTIBLE.has(id)) {
        // Options could widen adminUsers to "*", which is the same as turning it off.
        out.push(diagnostic(path, 'DG_POLICY_NOT_EXEMPTIBLE', `${id} cannot be turned off or changed by a profile: set its adminUsers option in the policy's rules`));
      }
      if (id === 'capabilities') out.push(...capabilityDiagnostics(entry, path));
    }
  });
  if (isRecord(doc.rules)) out.push(...capabilityDiagnostics(doc.rules.capabilities, '/rules/capabilities'));
  return out;
}
