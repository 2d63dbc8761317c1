/**
 * Loads and validates a policy file once, before use, and compiles it into what the engine
 * needs per request (actions, options merged with defaults, exemption matchers). Nothing is
 * read from disk per request.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';
import micromatch from 'micromatch';
import type { AnyRule, RuleAction } from '../engine/types.js';
import { RULES } from '../rules/index.js';
import { buildPolicySchema, NOT_EXEMPTIBLE } from './schema.js';

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

export interface PolicyDocument {
  readonly mode: Mode;
  readonly rules: Readonly<Record<string, RuleAction | RuleEntry>>;
  readonly exemptions?: readonly ExemptionEntry[];
  readonly log?: { readonly level?: LogLevel };
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

export interface Policy {
  readonly mode: Mode;
  readonly rules: readonly CompiledRule[];
  readonly exemptions: readonly CompiledExemption[];
  readonly logLevel: LogLevel | undefined;
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

const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
const validate = ajv.compile<PolicyDocument>(buildPolicySchema());

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

/** Validates a parsed policy document; returns every problem found. */
export function validatePolicy(doc: unknown): PolicyIssue[] {
  if (validate(doc)) return [];
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

/** Compiles a validated document. */
export function compilePolicy(doc: PolicyDocument, source: string, text: string): Policy {
  const rules: CompiledRule[] = RULES.map((rule) => {
    const entry = doc.rules[rule.meta.id];
    const action = entry === undefined ? rule.meta.defaultAction : typeof entry === 'string' ? entry : entry.action;
    const options = { ...rule.defaultOptions, ...(typeof entry === 'object' ? entry.options : undefined) };
    return { rule, action, options };
  });
  return {
    mode: doc.mode,
    rules,
    exemptions: (doc.exemptions ?? []).map(compileExemption),
    logLevel: doc.log?.level,
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
