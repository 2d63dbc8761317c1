/**
 * A compiled policy: what the policy loader (policy/load.ts) builds from a policy file once,
 * and what the engine evaluates each request against. The types live here, below both, so
 * that the engine does not import the loader.
 */
import type { Operation } from '../request/routes.js';
import type { AnyHandler, AnyRule, RuleAction } from './rule.js';

export type Mode = 'enforce' | 'audit';
export type LogLevel = 'error' | 'warn' | 'info' | 'debug';

/** Which decision lines are written (the policy's log.decisions and log.sampleAllow; audit/log-filter.ts applies them). */
export interface LogOptions {
  readonly decisions: 'all' | 'deny-only';
  /** 0 < sampleAllow <= 1. */
  readonly sampleAllow: number;
}

/** The operator's footer on every deny message: where users get help. */
export interface PolicyMessages {
  readonly help?: string;
  readonly url?: string;
}

export interface CompiledRule {
  readonly rule: AnyRule;
  readonly action: RuleAction;
  readonly options: object;
}

/** A rule that is not off, with its handler for one operation (built by its `create` at load). */
export interface ActiveRule {
  readonly rule: AnyRule;
  readonly action: Exclude<RuleAction, 'off'>;
  readonly handler: AnyHandler;
}

/**
 * A rule list made ready for evaluation, once at load: for each operation, the rules that are not
 * off and look at it, with their handlers, in the list's order (the order of the findings and of
 * the deny message).
 */
export type HandlerIndex = ReadonlyMap<Operation, readonly ActiveRule[]>;

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
  /** `rules`, indexed for evaluation. */
  readonly handlers: HandlerIndex;
}

export interface Policy {
  readonly mode: Mode;
  readonly rules: readonly CompiledRule[];
  /** `rules`, indexed for evaluation. */
  readonly handlers: HandlerIndex;
  /** In file order; the first whose users match the request's TLS user applies. */
  readonly profiles: readonly CompiledProfile[];
  readonly exemptions: readonly CompiledExemption[];
  readonly logLevel: LogLevel | undefined;
  /** Which decision lines are written (log.decisions, log.sampleAllow). */
  readonly logOptions: LogOptions;
  /** Short hash of the policy text: which policy decided, in every log line. */
  readonly version: string;
  /** The policy's `messages` (help text, URL), appended to every deny message. */
  readonly messages?: PolicyMessages;
  readonly source: string;
}
