/**
 * Decides what the stand-in daemon recorded, request by request, exactly as the plugin would:
 * the envelope dockerd would send (envelope.ts), parsed and decoded by the plugin's own code,
 * evaluated by the same engine with the same policy (profiles for the TLS user, exemptions,
 * audit mode). A create's answer is remembered the way the plugin remembers it from its
 * AuthZRes (the container's host paths, for the start check), in a registry of this run only.
 *
 * Both go through the plugin's own pipeline (engine/decide.ts).
 *
 * Fail closed: a request whose envelope the plugin could not parse is a deny.
 */
import { decide } from '../engine/decide.js';
import type { Decision } from '../engine/engine.js';
import type { Policy } from '../policy/load.js';
import { ResponseTracker } from '../protocol/track.js';
import type { DecodedRequest } from '../request/decode-request.js';
import { problem } from '../request/problems.js';
import type { Answer, RecordedRequest, StandInContainer } from './daemon.js';
import { bodyWithheld, envelopeOf } from './envelope.js';

export interface DecidedRequest {
  readonly seq: number;
  readonly method: string;
  readonly uri: string;
  readonly operation: string;
  /** The container the request names (`{name}` of a container route), if any. */
  readonly containerRef: string | undefined;
  readonly decision: Decision;
  /** Why the body was not forwarded, when it was not. */
  readonly withheld?: string;
  answer?: Answer;
  /** For a create: the container the stand-in made. */
  created?: StandInContainer;
}

const DENY_ENVELOPE = (reason: string, mode: Policy['mode']): Decision => {
  const p = problem('DG_ENVELOPE_INVALID', `dockgate check could not build the envelope the daemon would send: ${reason}`, 'report this to the dockgate maintainers');
  return { allow: false, msg: `dockgate denied request: [${p.code}] ${p.detail}`, wouldDeny: true, violations: [], problems: [p], mode };
};

export class Decider {
  readonly decided: DecidedRequest[] = [];
  private readonly bySeq = new Map<number, { decided: DecidedRequest; request: DecodedRequest | undefined; envelope: Record<string, unknown> }>();
  private readonly tracker = new ResponseTracker();

  constructor(
    private readonly policy: Policy,
    private readonly user: string,
  ) {}

  /** The stand-in's onRequest hook. */
  onRequest = (req: RecordedRequest): void => {
    const envelope = envelopeOf(req, { user: this.user });
    const withheld = bodyWithheld(req);
    const outcome = decide(envelope, this.policy);
    const request = outcome.request;
    const decision = outcome.ok ? outcome.decision : DENY_ENVELOPE(outcome.reason, this.policy.mode);
    const operation = request?.operation ?? 'unknown';
    const containerRef = request && operation.startsWith('container.') && operation !== 'container.create' && operation !== 'container.list' ? request.params.get('name') : undefined;
    const decided: DecidedRequest = {
      seq: req.seq, method: req.method, uri: req.uri, operation, containerRef, decision,
      ...(withheld === undefined ? {} : { withheld }),
    };
    this.decided.push(decided);
    this.bySeq.set(req.seq, { decided, request, envelope });
  };

  /** The stand-in's onAnswer hook: what the plugin's AuthZRes would remember. */
  onAnswer = (req: RecordedRequest, answer: Answer, created: StandInContainer | undefined): void => {
    const entry = this.bySeq.get(req.seq);
    if (!entry) return;
    entry.decided.answer = answer;
    if (created) entry.decided.created = created;
    if (!entry.request || answer.status < 200 || answer.status > 299) return;
    const response = created ? { Id: created.id } : entry.request.operation === 'volume.create' ? { Name: volumeName(req) } : {};
    // The AuthZRes envelope, read as the plugin reads it (no rule runs on a response it does not log).
    // A registry failure (a throw) only affects later start checks, which then find no record (unverified-start).
    decide({ ...entry.envelope, ResponseStatusCode: answer.status, ResponseBody: Buffer.from(JSON.stringify(response)).toString('base64') }, this.policy, {
      evaluate: false,
      onDecoded: (request, envelope) => {
        this.tracker.observe(request, envelope);
      },
    });
  };
}

function volumeName(req: RecordedRequest): string {
  try {
    const v = JSON.parse(req.body?.toString('utf8') ?? '{}') as { Name?: unknown };
    return typeof v.Name === 'string' ? v.Name : '';
  } catch {
    return '';
  }
}
