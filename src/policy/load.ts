/**
 * Loads and validates a policy file once, before use, and compiles it into what the engine
 * needs per request (actions, options merged with defaults, exemption matchers). Nothing is
 * read from disk per request.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { ErrorObject } from 'ajv';
import { globMatcher as sharedGlobMatcher } from '../rules/lib/glob.js';
import { parseReference, withDefaultTag } from '../request/reference.js';
import type { RuleAction } from '../core/rule.js';
import type { RuleContext } from '../core/context.js';
import { indexHandlers } from '../engine/compile.js';
import { liveContext } from '../rules/lib/context.js';
import type { CompiledExemption, CompiledProfile, CompiledRule, LogLevel, LogOptions, Mode, Policy, PolicyMessages } from '../core/policy.js';
import { RULES } from '../rules/index.js';
import { compileCustomRule, type CustomRuleEntry } from './custom-rules.js';
import { schemaDiagnostics, semanticDiagnostics, type Diagnostic } from './diagnose.js';
import { excerpt, locate } from './json-locate.js';
import { NOT_EXEMPTIBLE } from './schema.js';
import { validate as generatedValidate } from './validate-policy.generated.js';

// The compiled policy's types live in core (the engine evaluates them without importing the loader).
export type { CompiledExemption, CompiledProfile, CompiledRule, LogLevel, Mode, Policy, PolicyMessages, Subject } from '../core/policy.js';

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
  readonly messages?: PolicyMessages;
}

export interface PolicyIssue {
  /** JSON path of the bad value, e.g. `/rules/memory-limit/options/max`. */
  readonly path: string;
  readonly message: string;
}

export class PolicyError extends Error {
  readonly code = 'DG_POLICY_INVALID';
  /** Every problem with its code, severity and (for parsed text) line and column. */
  readonly diagnostics: readonly LocatedDiagnostic[];
  /** The errors as JSON path and message (what the reload log line and the start error show). */
  readonly issues: readonly PolicyIssue[];
  constructor(readonly source: string, issues: readonly (PolicyIssue | LocatedDiagnostic)[]) {
    super(`invalid policy ${source}: ${issues.map((i) => `${i.path || '/'}: ${i.message}`).join('; ')}`);
    this.name = 'PolicyError';
    this.issues = issues.map((i) => ({ path: i.path, message: i.message }));
    this.diagnostics = issues.map((i): LocatedDiagnostic => ('code' in i ? i : { path: i.path, message: i.message, code: 'DG_POLICY_INVALID', severity: 'error' }));
  }
}

/** An ajv validate function: true for a valid document, else `errors` lists every problem. */
type PolicyValidator = ((doc: unknown) => doc is PolicyDocument) & { readonly errors?: ErrorObject[] | null };

// The schema (buildPolicySchema) compiled ahead of time by ajv's standalone code generation
// (npm run gen: scripts/gen.ts, which holds the ajv options), so
// the plugin never compiles it. Exported as unknown (see the generator): typed here.
const validate = generatedValidate as PolicyValidator;

/** Every problem of a parsed document (schema and semantic, one pass), errors and warnings. */
export function diagnosePolicy(doc: unknown): Diagnostic[] {
  const schema = validate(doc) ? [] : schemaDiagnostics(doc, validate.errors ?? []);
  // Semantic checks run on the parts that have the shape they need; a location the schema
  // already reported is not reported twice.
  const reported = new Set(schema.map((d) => d.path));
  return [...schema, ...semanticDiagnostics(doc).filter((d) => !reported.has(d.path))];
}

/** Validates a parsed policy document; returns every error (warnings are not errors). */
export function validatePolicy(doc: unknown): PolicyIssue[] {
  return diagnosePolicy(doc).filter((d) => d.severity === 'error');
}

export interface TextDiagnostics {
  /** The parsed document, when the text is JSON. */
  readonly doc: unknown;
  readonly diagnostics: readonly LocatedDiagnostic[];
}

export interface LocatedDiagnostic extends Diagnostic {
  /** 1-based line and column of the value (or key) the diagnostic is about, when known. */
  readonly line?: number;
  readonly column?: number;
  /** For syntax errors: the line and a caret under the column. */
  readonly excerpt?: string;
}

/** Parses and diagnoses policy text: syntax errors with line:column, then every other problem with its location. */
export function diagnosePolicyText(text: string): TextDiagnostics {
  const where = locate(text);
  if (!where.ok) {
    let message = where.message;
    try {
      JSON.parse(text);
      // The scanner and JSON.parse disagree: trust JSON.parse's verdict, say so.
      message = `${message} (the JSON parser accepted it: please report this)`;
    } catch (err) {
      message = `not valid JSON: ${message}${err instanceof Error ? '' : ''}`;
    }
    return {
      doc: undefined,
      diagnostics: [{ path: '', code: 'DG_POLICY_JSON_SYNTAX', severity: 'error', message, line: where.position.line, column: where.position.column, excerpt: excerpt(text, where.position) }],
    };
  }
  const doc: unknown = JSON.parse(text);
  const at = (d: Diagnostic, key: boolean): LocatedDiagnostic => {
    const p = (key ? where.keys.get(d.path) : undefined) ?? where.values.get(d.path) ?? where.keys.get(d.path);
    return p === undefined ? d : { ...d, line: p.line, column: p.column };
  };
  const duplicates: LocatedDiagnostic[] = where.duplicates.map((d) => ({
    path: d.pointer,
    code: 'DG_POLICY_DUPLICATE_KEY',
    severity: 'error',
    message: `${JSON.stringify(unescapePointer(d.pointer.slice(d.pointer.lastIndexOf('/') + 1)))} is given twice in one object: only the last one would count; merge them`,
    line: d.position.line,
    column: d.position.column,
  }));
  const rest = diagnosePolicy(doc).map((d) => at(d, d.code === 'DG_POLICY_UNKNOWN_PROPERTY' || d.code === 'DG_POLICY_UNKNOWN_RULE' || d.code === 'DG_POLICY_UNKNOWN_OPTION'));
  const all = [...duplicates, ...rest];
  // In file order, like a compiler; unlocated ones (the document) first.
  return { doc, diagnostics: all.map((d, i) => ({ d, i })).sort((a, b) => (a.d.line ?? 0) - (b.d.line ?? 0) || (a.d.column ?? 0) - (b.d.column ?? 0) || a.i - b.i).map(({ d }) => d) };
}

function unescapePointer(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}

/** The one glob matcher (rules/lib/glob: micromatch, dot: true, '' never matches), or undefined for no selector. */
function globMatcher(globs: readonly string[] | undefined): ((value: string) => boolean) | undefined {
  return globs ? sharedGlobMatcher(globs) : undefined;
}

/**
 * docker.io/library/name:latest form of a reference, as the daemon resolves it (the one reference
 * parser, request/reference: an upper-case first component is a registry host, `FOO/bar` is
 * `FOO/bar:latest`, not Docker Hub's). A string the daemon would not parse is returned as it is.
 */
export function normalizeImage(ref: string): string {
  const parsed = parseReference(ref);
  return parsed === undefined ? ref : withDefaultTag(parsed);
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
export function compilePolicy(doc: PolicyDocument, source: string, text: string, context: RuleContext = liveContext): Policy {
  const defaults: CompiledRule[] = [
    ...RULES.map((rule) => ({ rule, action: rule.meta.defaultAction, options: { ...rule.defaultOptions } })),
    ...(doc.customRules ?? []).map((entry) => ({ rule: compileCustomRule(entry), action: entry.action, options: {} })),
  ];
  const rules = applyEntries(defaults, doc.rules);
  const profiles: CompiledProfile[] = (doc.profiles ?? []).map((p) => {
    const users = globMatcher(p.users) ?? (() => false);
    const own = applyEntries(rules, p.rules);
    return { id: p.id, matches: users, rules: own, handlers: indexHandlers(own, context) };
  });
  return {
    mode: doc.mode,
    rules,
    handlers: indexHandlers(rules, context),
    profiles,
    exemptions: (doc.exemptions ?? []).map(compileExemption),
    logLevel: doc.log?.level,
    logOptions: { decisions: doc.log?.decisions ?? 'all', sampleAllow: doc.log?.sampleAllow ?? 1 },
    version: createHash('sha256').update(text).digest('hex').slice(0, 12),
    source,
    ...(doc.messages === undefined ? {} : { messages: { ...doc.messages } }),
  };
}

/** Parses, validates and compiles policy text. Throws PolicyError naming every error (warnings do not stop it). */
export function parsePolicy(text: string, source: string, context: RuleContext = liveContext): Policy {
  const { doc, diagnostics } = diagnosePolicyText(text);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new PolicyError(source, errors);
  return compilePolicy(doc as PolicyDocument, source, text, context);
}

export function loadPolicyFile(file: string, context: RuleContext = liveContext): Policy {
  let text: string;
  try {
    // A FIFO or device here would block the reload (and every request behind it): files only.
    if (!statSync(file).isFile()) throw new Error('not a regular file');
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new PolicyError(file, [{ path: '', message: `cannot read the file: ${(err as Error).message}`, code: 'DG_POLICY_UNREADABLE', severity: 'error' } satisfies LocatedDiagnostic]);
  }
  return parsePolicy(text, file, context);
}
