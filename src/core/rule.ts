/**
 * What a rule is: metadata (id, title, CIS mapping, severity, remediation, default action,
 * options schema) plus a check over the canonical request view. Severity describes the
 * risk; the action (deny, warn, off) is the policy's choice and is kept apart from it.
 */
import type { DecodedRequest, RequestOf } from '../request/decode-request.js';
import type { Operation } from '../request/routes.js';
import type { RuleContext } from './context.js';

export type Severity = 'critical' | 'high' | 'medium' | 'low';
export type RuleAction = 'deny' | 'warn' | 'off';

/** One thing a rule found wrong in a request. */
export interface Finding {
  /** The field as the Docker API names it, e.g. `HostConfig.Privileged`. */
  readonly field: string;
  /** What was found, short and safe to log (never an Env value or a secret). */
  readonly found: string;
  /** What to change, in docker CLI terms where possible. */
  readonly fix: string;
  /**
   * The same fix in a compose file, where it differs from the CLI flag (`restart: on-failure:5`,
   * `mem_limit: 512m`): most containers on a host come from `docker compose up`. The deny message
   * shows it after the CLI form.
   */
  readonly compose?: string;
  /** What the user should know about the fix (a consequence, an alternative), shown after it. */
  readonly note?: string;
  /** A phrase that replaces `field=found` in the deny message, e.g. `no memory limit`. */
  readonly summary?: string;
  /** The CIS recommendation when it differs from the rule's (e.g. 5.23 for exec). */
  readonly cis?: string;
}

export interface RuleMeta<Ops extends Operation = Operation> {
  /** Stable id: never renamed, never reused once retired. */
  readonly id: string;
  readonly title: string;
  /**
   * What the rule checks, one line of Markdown: the "checks" column of the README rule table,
   * written by `npm run gen` (scripts/gen.ts).
   */
  readonly summary: string;
  /** CIS Docker Benchmark v1.6.0 recommendation, e.g. `5.5`. */
  readonly cis: string | undefined;
  /** Other CIS recommendations some of the rule's findings cite (`Finding.cis`), shown after `cis` in the README table. */
  readonly alsoCis?: readonly string[];
  readonly severity: Severity;
  readonly description: string;
  /** General remediation, shown in docs and `dockgate rules`. */
  readonly remediation: string;
  readonly defaultAction: RuleAction;
  /** The operations the rule looks at: exactly the keys of the handlers `create` returns. */
  readonly operations: readonly Ops[];
  /** JSON Schema of the rule's options (an object schema), used to validate the policy. */
  readonly optionsSchema: Readonly<Record<string, unknown>>;
}

/**
 * What a rule does on requests of one operation: the findings for one request (an empty list:
 * compliant). It receives the request with its body view narrowed to the operation's (a
 * container.create handler reads `request.body.hostConfig` without checking the kind): the
 * engine runs no handler on a request whose body did not decode (that request is denied by its
 * problem). It must not throw (the engine denies a request whose rule throws) and does no I/O
 * of its own: facts about the host and the daemon come from the context.
 */
export type Handler<Op extends Operation> = (request: RequestOf<Op>) => readonly Finding[];

/** One handler per declared operation. */
export type Handlers<Ops extends Operation> = { readonly [Op in Ops]: Handler<Op> };

/**
 * A rule as its file writes it (ESLint's `create(context)`): metadata, default options, and
 * `create`, called once per compiled policy (and per profile) with the options merged over the
 * defaults and validated by the schema. Whatever the options imply (sets, matchers, parsed
 * sizes) is computed in `create`, once, and closed over by the handlers.
 */
export interface RuleDefinition<O extends object, Ops extends Operation> {
  readonly meta: RuleMeta<Ops>;
  readonly defaultOptions: Readonly<O>;
  create(options: Readonly<O>, context: RuleContext): Handlers<NoInfer<Ops>>;
}

/**
 * The same handler for each of `operations`: for a rule that reads something every one of them
 * carries (the mounts of a create, a service and a volume create; the plugin name of a plugin
 * call). The handler receives the request narrowed to any of them.
 */
export function sameHandler<Ops extends Operation>(operations: readonly Ops[], handler: (request: RequestOf<Ops>) => readonly Finding[]): Handlers<Ops> {
  const handlers: Partial<Record<Ops, Handler<Ops>>> = {};
  for (const op of operations) handlers[op] = handler;
  return handlers as Handlers<Ops>;
}

/** A handler with its operation erased: the engine calls it only on requests of that operation. */
export type AnyHandler = (request: DecodedRequest) => readonly Finding[];

/** A rule with its option and operation types erased, as the registry, the loader and the engine hold it. */
export interface AnyRule {
  readonly meta: RuleMeta;
  readonly defaultOptions: Readonly<object>;
  /** The handlers for `options` (already validated), keyed by operation: exactly `meta.operations`. */
  create(options: Readonly<object>, context: RuleContext): ReadonlyMap<Operation, AnyHandler>;
}

/**
 * Registers a rule. The handlers `create` returns are checked against `meta.operations` here
 * (a missing or extra handler is a programming error, thrown when the policy compiles, which
 * every rule's tests do).
 */
export function defineRule<O extends object, Ops extends Operation>(rule: RuleDefinition<O, Ops>): AnyRule {
  const declared = new Set<Operation>(rule.meta.operations);
  return {
    meta: rule.meta,
    defaultOptions: rule.defaultOptions,
    create(options, context) {
      const handlers = rule.create(options as Readonly<O>, context) as unknown as Readonly<Record<string, AnyHandler | undefined>>;
      const out = new Map<Operation, AnyHandler>();
      for (const op of declared) {
        const handler = handlers[op];
        if (typeof handler !== 'function') throw new Error(`rule ${rule.meta.id} declares ${op} but create() returned no handler for it`);
        out.set(op, handler);
      }
      const extra = Object.keys(handlers).filter((k) => !declared.has(k as Operation));
      if (extra.length > 0) throw new Error(`rule ${rule.meta.id}: create() returned handlers for undeclared operations ${extra.join(', ')}`);
      return out;
    },
  };
}
