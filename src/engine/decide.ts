/**
 * The one decision pipeline: an AuthZ envelope (the JSON value the daemon POSTs) in, the
 * decision and the decoded request out. Parse the envelope (request/envelope.ts), decode the
 * request as the daemon will (request/decode-request.ts), evaluate it against the policy in
 * force (engine.ts: one host-lookup snapshot per decision, a throwing rule is a DG_INTERNAL
 * deny, audit mode), in that order. The server (protocol/app.ts), `dockgate check`, `dockgate
 * scan` and the stand-in daemon of `check -- ...` (standin/decide.ts) all decide through here;
 * what each adds (the decision line, metrics, what the AuthZRes remembers, printed output) goes
 * in the hooks or reads the outcome, and never repeats a step.
 *
 * Fail closed: anything that stops the pipeline is a `Refused` outcome, never an allow: an
 * unreadable envelope (`envelope-invalid`), the daemon's empty retry after a plugin restart
 * (`envelope-empty`, with `emptyIsRetry`), and any throw on the way, a hook's included
 * (`internal-error`). Each caller says what a refusal means to its user (the server: a deny
 * with its own code; check: exit 2).
 *
 * `decide` runs the steps at once; `decideInSteps` runs them one per event-loop turn, for
 * large bodies (the server chooses by size, STEPWISE_BYTES); `decideOffThread` takes a large
 * envelope's bytes and has them read and decoded on a worker thread (request/offload.ts), so
 * that no step of a 4 MiB body holds the event loop: only the rules run on this thread. How a
 * large decision is scheduled is decided in these two alone.
 */
import { performance } from 'node:perf_hooks';
import type { Decision } from '../core/decision.js';
import type { Policy } from '../core/policy.js';
import { decodeRequest, type DecodedRequest } from '../request/decode-request.js';
import { parseEnvelope, type AuthZEnvelope } from '../request/envelope.js';
import { parseEnvelopeJson } from '../request/decode-envelope.js';
import type { DecodeWorker } from '../request/offload.js';
import { newDecisionId } from './decision-id.js';
import { evaluate } from './engine.js';

/**
 * Envelopes larger than this are best decided with `decideInSteps`, so that a 4 MiB body never
 * holds up the small requests behind it for the whole of its decision.
 */
export const STEPWISE_BYTES = 256 * 1024;

/**
 * Envelopes larger than this are best decided with `decideOffThread`. Below it, each of
 * `decideInSteps`' turns stays short (a 1 MiB body of 1,000 labels: 2.4, 0.6 and 3 ms; the
 * densest body of this size, about 18,000 small labels, decodes in about 12 ms), and the worker's
 * round trip would cost more CPU than it saves (1 MiB body: 7.8 ms in the main thread, 11.7 ms
 * through the worker, both threads counted). Above it, a dense body's decode alone would hold
 * the event loop for 20 to 45 ms (4 MiB of 67,000 labels: 43 ms).
 */
export const OFF_THREAD_BYTES = 1536 * 1024;

/** The policy to decide with, or how to get the one in force (read once per decision, after the envelope parsed). */
export type PolicyInput = Policy | (() => Policy);

/** A request that went through the whole pipeline. */
export interface Decided {
  readonly ok: true;
  readonly envelope: AuthZEnvelope;
  readonly request: DecodedRequest;
  readonly decision: Decision;
  /** The policy that decided (its version and log options go in the decision line). */
  readonly policy: Policy;
  /** performance.now() when the decision started (DecideOptions.start): durations are measured from it. */
  readonly start: number;
}

/** A request decoded but not evaluated (DecideOptions.evaluate false). */
export interface Decoded {
  readonly ok: true;
  readonly envelope: AuthZEnvelope;
  readonly request: DecodedRequest;
  readonly decision: undefined;
  readonly policy: Policy;
  readonly start: number;
}

export type Refusal = 'envelope-empty' | 'envelope-invalid' | 'internal-error';

/** A request the pipeline could not decide: every caller denies it (or reports it). */
export interface Refused {
  readonly ok: false;
  readonly refusal: Refusal;
  /** Why: what the envelope parser said, or the thrown error's message. Unredacted. */
  readonly reason: string;
  /** The thrown value, for `internal-error`. */
  readonly error?: unknown;
  /** The decision id for the deny that says so (one new id per refusal). */
  readonly id: string;
  /** The request, when it decoded before the throw. */
  readonly request?: DecodedRequest;
  readonly start: number;
  /**
   * `decideOffThread` only: the bytes were not JSON (an `envelope-invalid` refusal). The server
   * answers it as it answers a body its JSON reader refused (body-parser's `entity.parse.failed`).
   */
  readonly unparsable?: true;
}

export type Outcome = Decided | Refused;

export interface DecideOptions {
  /** performance.now() when the decision started (default: when decide is called). */
  readonly start?: number;
  /**
   * An empty envelope (none, null, '', {}) is the daemon's retry of a request that was in flight
   * when the plugin restarted (moby's plugin client re-sends a drained buffer): refused as
   * `envelope-empty`. Without this, the envelope parser judges it (`envelope-invalid`).
   */
  readonly emptyIsRetry?: boolean;
  /** False: stop after decoding (and onDecoded), no rule runs (the AuthZRes path when it logs nothing). */
  readonly evaluate?: boolean;
  /** After decoding, before evaluation. A throw refuses the request (`internal-error`). */
  readonly onDecoded?: (request: DecodedRequest, envelope: AuthZEnvelope) => void;
  /** After evaluation, before the outcome is returned. A throw refuses the request (`internal-error`). */
  readonly onDecision?: (decided: Decided) => void;
  /**
   * For every refusal, before it is returned. A throw while reporting an envelope refusal turns
   * it into an `internal-error` one (reported again); a throw for an `internal-error` is ignored:
   * the refusal is what matters.
   */
  readonly onRefusal?: (refused: Refused) => void;
}

/** The options of a call that evaluates (the default). */
export type EvaluatingOptions = DecideOptions & { readonly evaluate?: true };

/** The daemon's retry after a plugin restart: the envelope arrives empty (no body, or `{}`). */
export function isEmptyEnvelope(raw: unknown): boolean {
  return raw === undefined || raw === null || raw === '' || (typeof raw === 'object' && !Array.isArray(raw) && Object.keys(raw).length === 0);
}

function policyOf(input: PolicyInput): Policy {
  return typeof input === 'function' ? input() : input;
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** The pipeline's state between steps, so that a throw can say how far it got. */
interface Progress {
  request?: DecodedRequest;
}

/** A refusal, reported to the hook. A throw from the hook escapes (the caller turns it into an internal error). */
function refuse(refusal: Exclude<Refusal, 'internal-error'>, reason: string, start: number, options: DecideOptions): Refused {
  const refused: Refused = { ok: false, refusal, reason, id: newDecisionId(), start };
  options.onRefusal?.(refused);
  return refused;
}

/** An internal error: a refusal whatever the hook does. */
function internalError(err: unknown, progress: Progress, start: number, options: DecideOptions): Refused {
  const refused: Refused = {
    ok: false, refusal: 'internal-error', reason: messageOf(err), error: err, id: newDecisionId(), start,
    ...(progress.request === undefined ? {} : { request: progress.request }),
  };
  try {
    options.onRefusal?.(refused);
  } catch {
    // The refusal below is what matters; a broken log must not stop it.
  }
  return refused;
}

/** Step 1: the envelope, or why there is none. */
function open(raw: unknown, start: number, options: DecideOptions): { readonly ok: true; readonly envelope: AuthZEnvelope } | Refused {
  if (options.emptyIsRetry === true && isEmptyEnvelope(raw)) return refuse('envelope-empty', 'empty envelope', start, options);
  const parsed = parseEnvelope(raw);
  return parsed.ok ? parsed : refuse('envelope-invalid', parsed.reason, start, options);
}

/** Step 2: the request as the daemon will read it. */
function decode(envelope: AuthZEnvelope, progress: Progress, options: DecideOptions): DecodedRequest {
  const request = decodeRequest(envelope);
  progress.request = request;
  options.onDecoded?.(request, envelope);
  return request;
}

/** Step 3: the rules. */
function conclude(envelope: AuthZEnvelope, request: DecodedRequest, policy: Policy, start: number, options: DecideOptions): Decided | Decoded {
  if (options.evaluate === false) return { ok: true, envelope, request, decision: undefined, policy, start };
  const decided: Decided = { ok: true, envelope, request, decision: evaluate(request, policy), policy, start };
  options.onDecision?.(decided);
  return decided;
}

/** Decides one envelope now. Never throws. */
export function decide(raw: unknown, policy: PolicyInput, options?: EvaluatingOptions): Outcome;
export function decide(raw: unknown, policy: PolicyInput, options: DecideOptions): Outcome | Decoded;
export function decide(raw: unknown, policy: PolicyInput, options: DecideOptions = {}): Outcome | Decoded {
  const start = options.start ?? performance.now();
  const progress: Progress = {};
  try {
    const opened = open(raw, start, options);
    if (!opened.ok) return opened;
    const current = policyOf(policy);
    return conclude(opened.envelope, decode(opened.envelope, progress, options), current, start, options);
  } catch (err) {
    return internalError(err, progress, start, options);
  }
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * The same decision, one step per event-loop turn (envelope, body decode, rules), for large
 * envelopes; the policy in force is read after the envelope parsed. Never rejects.
 */
export async function decideInSteps(raw: unknown, policy: PolicyInput, options?: EvaluatingOptions): Promise<Outcome>;
export async function decideInSteps(raw: unknown, policy: PolicyInput, options: DecideOptions): Promise<Outcome | Decoded>;
export async function decideInSteps(raw: unknown, policy: PolicyInput, options: DecideOptions = {}): Promise<Outcome | Decoded> {
  const start = options.start ?? performance.now();
  const progress: Progress = {};
  try {
    await nextTurn();
    const opened = open(raw, start, options);
    if (!opened.ok) return opened;
    await nextTurn();
    const current = policyOf(policy);
    const request = decode(opened.envelope, progress, options);
    await nextTurn();
    return conclude(opened.envelope, request, current, start, options);
  } catch (err) {
    return internalError(err, progress, start, options);
  }
}

/**
 * The same decision for a large envelope given as the bytes the daemon sent: read as JSON,
 * checked and decoded on `worker` (request/offload.ts: the same code as `decide`'s, on another
 * thread), the request rebuilt here a slice at a time, then the rules in a turn of their own.
 * A worker that fails (crash, out of memory, no answer in time) is an `internal-error` refusal.
 * `bytes` are moved to the worker (the caller must not read them after). Never rejects.
 */
export async function decideOffThread(bytes: Uint8Array, policy: PolicyInput, worker: DecodeWorker, options?: EvaluatingOptions): Promise<Outcome>;
export async function decideOffThread(bytes: Uint8Array, policy: PolicyInput, worker: DecodeWorker, options: DecideOptions): Promise<Outcome | Decoded>;
export async function decideOffThread(bytes: Uint8Array, policy: PolicyInput, worker: DecodeWorker, options: DecideOptions = {}): Promise<Outcome | Decoded> {
  const start = options.start ?? performance.now();
  const progress: Progress = {};
  try {
    const read = await worker.decode(bytes);
    switch (read.kind) {
      case 'unparsable': {
        const refused: Refused = { ok: false, refusal: 'envelope-invalid', reason: 'the envelope is not valid JSON', id: newDecisionId(), start, unparsable: true };
        options.onRefusal?.(refused);
        return refused;
      }
      case 'invalid':
        if (options.emptyIsRetry === true && read.empty) return refuse('envelope-empty', 'empty envelope', start, options);
        return refuse('envelope-invalid', read.reason, start, options);
      case 'too-large': {
        // A request too large to carry back from the worker (a body of a million empty structs):
        // decided here, in steps, as before there was a worker. It parsed there: it is JSON.
        const json = parseEnvelopeJson(read.bytes);
        if (!json.ok) throw new Error('the envelope parsed on the worker and not here');
        return await decideInSteps(json.raw, policy, { ...options, start });
      }
      case 'decoded': {
        const current = policyOf(policy);
        progress.request = read.request;
        options.onDecoded?.(read.request, read.envelope);
        await nextTurn();
        return conclude(read.envelope, read.request, current, start, options);
      }
    }
  } catch (err) {
    return internalError(err, progress, start, options);
  }
}
