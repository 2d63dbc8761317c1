/**
 * Loads and validates a policy file once, before use, and compiles it into what the engine
 * needs per request (actions, options merged with defaults, exemption matchers). Nothing is
 * read from disk per request.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { ErrorObject } from 'ajv';
import micromatch from 'micromatch';
import type { AnyRule, RuleAction } from '../engine/types.js';
import type { LogOptions } from '../audit/log-filter.js';
import { RULES } from '../rules/index.js';
import { compileCustomRule, customRuleIssues, type CustomRuleEntry } from './custom-rules.js';
import { NOT_EXEMPTIBLE } from './schema.js';
import { validate as generatedValidate } from './validate-policy.generated.js';

export type Mode = 'enforce' | 'audit';
export type LogLevel = 'error' | 'warn' | 'info' | 'debug';

interface RuleEntry {
  readonly action: RuleAction;
  readonly options?: Readonly<Record<string, unknown>>;
}

interface ExemptionEntry {
  readonly id: string;
  readonly reason: string;
  readonly rules: readonly string[];
  readonly users?: readonly string[];
  readonly images?: readonly string[];
  readonly requireDigest?: boolean;
  readonly containerNames?: readonly string[];
}

type RuleEntries = Readonly<Record<string, RuleAction | RuleEntry>>;

interface ProfileEntry {
  readonly id: string;
  readonly users: readonly string[];
  readonly rules: RuleEntries;
}

export interface PolicyDocument {
  readonly mode: Mode;
  readonly rules: RuleEntries;
  readonly profiles?: readonly ProfileEntry[];
  readonly customRules?: readonly CustomRuleEntry[];
  readonly exemptions?: readonly ExemptionEntry[];
  readonly log?: { readonly level?: LogLevel; readonly decisions?: LogOptions['decisions']; readonly sampleAllow?: number };
}

export interface CompiledRule {
  readonly rule: AnyRule;
  readonly action: RuleAction;
  readonly options: object;
}

export interface Subject {
  readonly user: string;
  readonly image: string | undefined;
  readonly containerName: string | undefined;
}

export interface CompiledExemption {
  readonly id: string;
  readonly appliesTo: (ruleId: string) => boolean;
  readonly matches: (subject: Subject) => boolean;
}

/** A profile compiled at load: its own full rule list (policy rules with its overrides on top). */
export interface CompiledProfile {
  readonly id: string;
  readonly matches: (user: string) => boolean;
  readonly rules: readonly CompiledRule[];
}

export interface Policy {
  readonly mode: Mode;
  readonly rules: readonly CompiledRule[];
  /** In file order; the first whose users match the request's TLS user applies. */
  readonly profiles: readonly CompiledProfile[];
  readonly exemptions: readonly CompiledExemption[];
  readonly logLevel: LogLevel | undefined;
  /** Which decision lines are written (log.decisions, log.sampleAllow). */
  readonly logOptions: LogOptions;
  /** Short hash of the policy text: which policy decided, in every log line. */
  readonly version: string;
  readonly source: string;
}

export interface PolicyIssue {
  /** JSON path of the bad value, e.g. `/rules/memory-limit/options/max`. */
  readonly path: string;
  readonly message: string;
}

export class PolicyError extends Error {
  readonly code = 'DG_POLICY_INVALID';
  constructor(readonly source: string, readonly issues: readonly PolicyIssue[]) {
    super(`invalid policy ${source}: ${issues.map((i) => `${i.path || '/'}: ${i.message}`).join('; ')}`);
    this.name = 'PolicyError';
  }
}

/** An ajv validate function: true for a valid document, else `errors` lists every problem. */
type PolicyValidator = ((doc: unknown) => doc is PolicyDocument) & { readonly errors?: ErrorObject[] | null };

// The schema (buildPolicySchema) compiled ahead of time by ajv's standalone code generation
// (npm run generate:validator: src/policy/generate-validator.ts, which holds the ajv options), so
// the plugin never compiles it. Exported as unknown (see the generator): typed here.
const validate = generatedValidate as PolicyValidator;

function valueAt(doc: unknown, pointer: string): unknown {
  let cur: unknown = doc;
  for (const part of pointer.split('/').slice(1)) {
    const key = part.replaceAll('~1', '/').replaceAll('~0', '~');
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

function describe(doc: unknown, e: ErrorObject): PolicyIssue {
  let message = e.message ?? 'is invalid';
  if (e.keyword === 'additionalProperties') {
    message = `unknown property ${JSON.stringify((e.params as { additionalProperty: string }).additionalProperty)}`;
  } else if (e.keyword === 'enum') {
    message = `${message}: ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  const value = valueAt(doc, e.instancePath);
  const shown = value === undefined || typeof value === 'object' ? '' : ` (found ${JSON.stringify(value)})`;
  return { path: e.instancePath, message: `${message}${shown}` };
}

/** What the schema cannot say: checked once the document has the schema's shape. */
function semanticIssues(doc: PolicyDocument): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const customIds = new Set<string>();
  (doc.customRules ?? []).forEach((rule, i) => {
    if (customIds.has(rule.id)) issues.push({ path: `/customRules/${String(i)}/id`, message: `duplicate custom rule id ${JSON.stringify(rule.id)}` });
    customIds.add(rule.id);
    issues.push(...customRuleIssues(rule, `/customRules/${String(i)}`));
  });
  const unknownCustom = (id: string, path: string): void => {
    if (id.startsWith('custom/') && !customIds.has(id)) issues.push({ path, message: `no custom rule has the id ${JSON.stringify(id)}` });
  };
  (doc.exemptions ?? []).forEach((e, i) => {
    e.rules.forEach((id, j) => {
      unknownCustom(id, `/exemptions/${String(i)}/rules/${String(j)}`);
    });
  });
  const profileIds = new Set<string>();
  (doc.profiles ?? []).forEach((profile, i) => {
    if (profileIds.has(profile.id)) issues.push({ path: `/profiles/${String(i)}/id`, message: `duplicate profile id ${JSON.stringify(profile.id)}` });
    profileIds.add(profile.id);
    for (const id of Object.keys(profile.rules)) {
      unknownCustom(id, `/profiles/${String(i)}/rules/${id.replaceAll('~', '~0').replaceAll('/', '~1')}`);
      if (NOT_EXEMPTIBLE.has(id)) {
        // Options could widen adminUsers to "*", which is the same as turning it off.
        issues.push({ path: `/profiles/${String(i)}/rules/${id}`, message: `${id} cannot be turned off or changed by a profile: set its adminUsers option in the policy's rules` });
      }
    }
  });
  return issues;
}

/** Validates a parsed policy document; returns every problem found. */
export function validatePolicy(doc: unknown): PolicyIssue[] {
  if (validate(doc)) return semanticIssues(doc);
  const issues = (validate.errors ?? []).map((e) => describe(doc, e));
  // oneOf/anyOf add summary errors after the specific ones; keep the list short and unique.
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.path}|${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function globMatcher(globs: readonly string[] | undefined): ((value: string) => boolean) | undefined {
  if (!globs) return undefined;
  const matchers = globs.map((g) => micromatch.matcher(g, { dot: true }));
  return (value) => value !== '' && matchers.some((m) => m(value));
}

/** docker.io/library/name:latest form of a reference, as the daemon resolves it. */
export function normalizeImage(ref: string): string {
  let name = ref;
  const first = name.split('/')[0] ?? '';
  if (!name.includes('/') || !(first.includes('.') || first.includes(':') || first === 'localhost')) {
    name = `docker.io/${name.includes('/') ? '' : 'library/'}${name}`;
  }
  const lastPart = name.slice(name.lastIndexOf('/') + 1);
  if (!name.includes('@') && !lastPart.includes(':')) name += ':latest';
  return name;
}

const DIGEST = /@sha256:[0-9a-f]{64}$/;

function compileExemption(e: ExemptionEntry): CompiledExemption {
  const users = globMatcher(e.users);
  const images = globMatcher(e.images);
  const names = globMatcher(e.containerNames);
  const rules = new Set(e.rules);
  return {
    id: e.id,
    appliesTo: (ruleId) => !NOT_EXEMPTIBLE.has(ruleId) && (rules.has('*') || rules.has(ruleId)),
    matches: (s) => {
      if (users && !users(s.user)) return false;
      if (images) {
        if (s.image === undefined || s.image === '') return false;
        if (e.requireDigest && !DIGEST.test(s.image)) return false;
        if (!images(s.image) && !images(normalizeImage(s.image))) return false;
      }
      if (names && (s.containerName === undefined || !names(s.containerName.replace(/^\//, '')))) return false;
      return true;
    },
  };
}

/** Applies rule entries (the policy's, or a profile's) on top of a compiled rule list. */
function applyEntries(base: readonly CompiledRule[], entries: RuleEntries): CompiledRule[] {
  return base.map((compiled) => {
    const entry = entries[compiled.rule.meta.id];
    if (entry === undefined) return compiled;
    if (typeof entry === 'string') return { ...compiled, action: entry };
    return { rule: compiled.rule, action: entry.action, options: { ...compiled.options, ...entry.options } };
  });
}

/** Compiles a validated document. */
export function compilePolicy(doc: PolicyDocument, source: string, text: string): Policy {
  const defaults: CompiledRule[] = [
    ...RULES.map((rule) => ({ rule, action: rule.meta.defaultAction, options: { ...rule.defaultOptions } })),
    ...(doc.customRules ?? []).map((entry) => ({ rule: compileCustomRule(entry), action: entry.action, options: {} })),
  ];
  const rules = applyEntries(defaults, doc.rules);
  const profiles: CompiledProfile[] = (doc.profiles ?? []).map((p) => {
    const users = globMatcher(p.users) ?? (() => false);
    return { id: p.id, matches: users, rules: applyEntries(rules, p.rules) };
  });
  return {
    mode: doc.mode,
    rules,
    profiles,
    exemptions: (doc.exemptions ?? []).map(compileExemption),
    logLevel: doc.log?.level,
    logOptions: { decisions: doc.log?.decisions ?? 'all', sampleAllow: doc.log?.sampleAllow ?? 1 },
    version: createHash('sha256').update(text).digest('hex').slice(0, 12),
    source,
  };
}

/** Parses, validates and compiles policy text. Throws PolicyError naming every bad field. */
export function parsePolicy(text: string, source: string): Policy {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new PolicyError(source, [{ path: '', message: `not valid JSON: ${(err as Error).message}` }]);
  }
  const issues = validatePolicy(doc);
  if (issues.length > 0) throw new PolicyError(source, issues);
  return compilePolicy(doc as PolicyDocument, source, text);
}

export function loadPolicyFile(file: string): Policy {
  let text: string;
  try {
    // A FIFO or device here would block the reload (and every request behind it): files only.
    if (!statSync(file).isFile()) throw new Error('not a regular file');
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new PolicyError(file, [{ path: '', message: `cannot read the file: ${(err as Error).message}` }]);
  }
  return parsePolicy(text, file);
}
