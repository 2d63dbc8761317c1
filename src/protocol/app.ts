/**
 * The plugin's HTTP API, as the daemon calls it (moby pkg/plugins and pkg/authorization):
 * POST /Plugin.Activate, /AuthZPlugin.AuthZReq and /AuthZPlugin.AuthZRes, each a JSON body
 * sent with no Content-Type. Every answer to the daemon is HTTP 200 with {Allow, Msg}: the
 * daemon ignores Err on a 200, and turns anything else into a 500 for the user, so a deny
 * is always Allow:false, and any failure while deciding is a deny that says so.
 *
 * The three daemon endpoints are served by a plain node:http handler with body-parser; every
 * other path (the operators' /healthz and /metrics, and 404s) goes to an express app. Express
 * is kept off the daemon's path because it costs more than the whole floor server per request
 * (it swaps the prototypes of every req and res); docs/dev/performance.md has the measurements.
 * Express is loaded at the first such request, not at start-up: a plugin nobody probes never
 * loads it (about 4 MB of RSS).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import bodyParser from 'body-parser';
import type { Express } from 'express';
import type { Logger } from '../audit/logger.js';
import { AllowCounter, shouldLog } from '../audit/log-filter.js';
import { decisionRecord, writeDecision } from '../audit/logger.js';
import { redactString } from '../audit/redact.js';
import { decide, decideInSteps, decideOffThread, OFF_THREAD_BYTES, STEPWISE_BYTES, type Decided, type DecideOptions, type EvaluatingOptions, type Outcome, type Refused } from '../engine/decide.js';
import { describeProblem } from '../engine/message.js';
import { newDecisionId } from '../engine/decision-id.js';
import { fallbackNote, type FallbackState } from '../policy/holder.js';
import type { Policy } from '../policy/load.js';
import { DecodeWorker } from '../request/offload.js';
import { parseEnvelopeJson } from '../request/decode-envelope.js';
import { problem } from '../request/problems.js';
import { VERSION } from '../version.js';
import { Metrics } from './metrics.js';
import { ResponseTracker } from './track.js';

/** A 4 MiB request body is 5.6 MiB in base64; the rest of the envelope is small. */
export const ENVELOPE_LIMIT_BYTES = 8 * 1024 * 1024;

/**
 * Envelopes larger than STEPWISE_BYTES are decided in steps (engine/decide.ts, decideInSteps),
 * and those larger than OFF_THREAD_BYTES are read and decoded on a worker thread
 * (decideOffThread), so that a 4 MiB body never holds up the small requests behind it for the
 * time of its decode.
 */
export { OFF_THREAD_BYTES, STEPWISE_BYTES };

export interface PolicySource {
  current(): Policy;
  /** The fallback in force when the configured policy could not be loaded (PolicyHolder). */
  fallback?(): FallbackState | undefined;
  /** When the configured policy file last loaded. */
  lastGoodLoad?(): Date | undefined;
}

export interface AuthZReply {
  readonly Allow: boolean;
  readonly Msg: string;
}

/** What createApp returns: a node:http request listener (also what supertest and createServer take). */
export type PluginApp = (req: IncomingMessage, res: ServerResponse) => void;

/** A deny decided before any rule ran (unreadable envelope, internal error); `id` is also in its log line. */
function deny(detail: string, code: Parameters<typeof problem>[0], fix: string, id: string): AuthZReply {
  return { Allow: false, Msg: `dockgate denied request: ${describeProblem(problem(code, detail, fix))} (decision ${id})` };
}

function micros(start: number): number {
  return Math.round((performance.now() - start) * 1000);
}

function errorText(err: unknown): string {
  return redactString(err instanceof Error ? (err.stack ?? err.message) : String(err));
}

/** `JSON.stringify({ Allow: true, Msg: '' })`: the answer to every plain allow and to every AuthZRes. */
const ALLOW_RESPONSE = '{"Allow":true,"Msg":""}';
const ACTIVATE_RESPONSE = '{"Implements":["authz"]}';
const JSON_TYPE = 'application/json; charset=utf-8';

/** The headers of a JSON answer (the flat [name, value, ...] form writeHead takes); a constant answer's are made once. */
function jsonHeaders(json: string): string[] {
  return ['Content-Type', JSON_TYPE, 'Content-Length', String(Buffer.byteLength(json))];
}
const ALLOW_HEADERS = jsonHeaders(ALLOW_RESPONSE);
const ACTIVATE_HEADERS = jsonHeaders(ACTIVATE_RESPONSE);

/**
 * Writes the answer. It never throws: it runs in body-parser's and the stepwise path's
 * callbacks, where a throw would be uncaught. A connection that cannot take the answer is closed.
 * `headers`: those of a constant answer, made once (jsonHeaders), the same bytes on the wire.
 */
function send(res: ServerResponse, status: number, json: string, headers?: string[]): void {
  try {
    res.writeHead(status, headers ?? jsonHeaders(json));
    res.end(json);
  } catch {
    res.destroy();
  }
}

/** body-parser's error for a body it could not read (too large, not JSON, aborted). */
interface BodyError {
  readonly type?: string;
  readonly status?: number;
  readonly message?: string;
}

function bodyErrorOf(err: unknown): BodyError {
  return typeof err === 'object' && err !== null ? err : { message: String(err) };
}

/** The operators' endpoints, on the same socket (the daemon never calls them). */
async function createAdminApp(policies: PolicySource, metrics: Metrics): Promise<Express> {
  const { default: express } = await import('express');
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  app.set('query parser', false);
  app.get('/healthz', (_req, res) => {
    const policy = policies.current();
    const fallback = policies.fallback?.();
    const last = metrics.lastDecision();
    // 200 either way: dockgate serves in a fallback too; `status` and `policy` say which policy decides.
    res.json({
      status: fallback === undefined ? 'ok' : 'degraded',
      version: VERSION,
      policyVersion: policy.version,
      mode: policy.mode,
      policy: fallback === undefined
        ? { source: 'configured', file: policy.source }
        : {
            source: fallback.origin,
            file: fallback.file,
            configured: fallback.configured,
            fallback: { reason: fallback.reason, fix: fallback.fix, since: fallback.since.toISOString(), ...(fallback.savedAt === undefined ? {} : { savedAt: fallback.savedAt.toISOString() }) },
          },
      lastGoodLoad: policies.lastGoodLoad?.()?.toISOString() ?? null,
      lastDecision: last === 0 ? null : new Date(last).toISOString(),
    });
  });
  app.get('/metrics', (_req, res) => {
    res.type('text/plain; version=0.0.4; charset=utf-8').send(metrics.render(policies.current()));
  });
  app.use((_req, res) => {
    res.status(404).json({ Err: 'dockgate: no such endpoint' });
  });
  return app;
}

export function createApp(policies: PolicySource, logger: Logger, metrics: Metrics = new Metrics(), tracker: ResponseTracker = new ResponseTracker(), worker: DecodeWorker = new DecodeWorker()): PluginApp {
  // The operators' app, made at the first request for it (createAdminApp).
  let admin: Express | undefined;
  let adminLoading: Promise<Express> | undefined;
  const toAdmin = (req: IncomingMessage, res: ServerResponse): void => {
    if (admin !== undefined) {
      admin(req, res);
      return;
    }
    adminLoading ??= createAdminApp(policies, metrics).then((made) => (admin = made));
    adminLoading.then(
      (app) => {
        app(req, res);
      },
      (err: unknown) => {
        logger.error('cannot load the admin endpoints', { event: 'admin-failed', error: errorText(err) });
        send(res, 500, JSON.stringify({ Err: 'dockgate: the admin endpoints are unavailable' }));
      },
    );
  };
  // Sampling counters for plain allow lines (policy log.sampleAllow), one per phase.
  const requestAllows = new AllowCounter();
  const responseAllows = new AllowCounter();
  // The daemon sends no Content-Type: parse every body as JSON (any JSON value; the envelope check says what is wrong).
  const readJson = bodyParser.json({ type: () => true, limit: ENVELOPE_LIMIT_BYTES, strict: false });
  // A large envelope is read as bytes (same limit and read errors) and parsed on the worker; a
  // small one sent as the daemon sends it is read as bytes too, and parsed here (daemonShaped).
  const readBytes = bodyParser.raw({ type: () => true, limit: ENVELOPE_LIMIT_BYTES });

  /**
   * Sent as the daemon sends every envelope: no Content-Type, no Content-Encoding. body-parser's
   * JSON reader would read it as UTF-8 JSON; its raw reader reads the same bytes (same limit,
   * same read errors) without making a text decoder per request, and readEnvelope parses them
   * as the JSON reader does (parseEnvelopeJson: an empty body is {}).
   */
  function daemonShaped(req: IncomingMessage): boolean {
    return req.headers['content-type'] === undefined && req.headers['content-encoding'] === undefined;
  }

  /**
   * Whether the envelope is decided off this thread: a large one (OFF_THREAD_BYTES), sent as the
   * daemon sends it (no Content-Type nor Content-Encoding: body-parser's JSON reader would read
   * it as UTF-8 JSON).
   */
  function offThread(req: IncomingMessage): boolean {
    return Number(req.headers['content-length'] ?? 0) > OFF_THREAD_BYTES && daemonShaped(req);
  }

  function readEnvelopeBytes(req: IncomingMessage, res: ServerResponse, then: (bytes: Buffer) => void, onError: (err: BodyError) => void): void {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment
    readBytes(req, res, (err?: unknown) => {
      const body = (req as IncomingMessage & { body?: unknown }).body;
      if (err !== undefined && err !== null) onError(bodyErrorOf(err));
      else then(Buffer.isBuffer(body) ? body : Buffer.alloc(0));
    });
  }

  function readEnvelope(req: IncomingMessage, res: ServerResponse, then: (body: unknown) => void, onError: (err: BodyError) => void): void {
    if (daemonShaped(req)) {
      // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment
      readBytes(req, res, (err?: unknown) => {
        if (err !== undefined && err !== null) {
          onError(bodyErrorOf(err));
          return;
        }
        // No body at all: nothing was read, as with the JSON reader (undefined).
        const body = (req as IncomingMessage & { body?: unknown }).body;
        if (!Buffer.isBuffer(body)) {
          then(undefined);
          return;
        }
        // As body-parser's JSON reader (strict: false) reads it: an empty body is {}.
        const json = parseEnvelopeJson(body);
        if (json.ok) then(json.raw);
        else onError({ type: 'entity.parse.failed', status: 400 });
      });
      return;
    }
    // body-parser's types take connect's IncomingMessage, a subclass that only adds the optional originalUrl.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment
    readJson(req, res, (err?: unknown) => {
      if (err === undefined || err === null) then((req as IncomingMessage & { body?: unknown }).body);
      else onError(bodyErrorOf(err));
    });
  }

  function bodyDenied(err: BodyError): AuthZReply {
    const tooLarge = err.type === 'entity.too.large' || err.status === 413;
    const decisionId = newDecisionId();
    logger.warn('envelope unreadable', { event: 'envelope-invalid', decisionId, path: '/AuthZPlugin.AuthZReq', reason: err.type ?? err.message ?? 'unknown' });
    metrics.recordDecision('envelope.invalid', 'deny', 0);
    return tooLarge
      ? deny(`the envelope is larger than ${ENVELOPE_LIMIT_BYTES} bytes (request body over 4 MiB)`, 'DG_BODY_TOO_LARGE', 'send a request body under 4 MiB', decisionId)
      : deny(`the envelope is not valid JSON (${err.type ?? 'parse error'})`, 'DG_ENVELOPE_INVALID', 'this is a daemon/plugin protocol mismatch', decisionId);
  }

  /**
   * The log line and the count of a request refused before any rule ran (engine/decide.ts): the
   * daemon's empty retry, an envelope that is not the daemon's, an internal error. Its id is
   * also in the deny (refusalDenied).
   */
  function reportRefusal(refused: Refused): void {
    // Bytes that were not JSON: reported as body-parser's refusal is (bodyDenied, in refusalDenied).
    if (refused.unparsable === true) return;
    const seconds = (performance.now() - refused.start) / 1000;
    switch (refused.refusal) {
      case 'envelope-empty':
        logger.warn('empty envelope: the daemon retried a request after the plugin restarted', { event: 'envelope-empty', decisionId: refused.id });
        metrics.recordDecision('envelope.empty', 'deny', seconds);
        return;
      case 'envelope-invalid':
        logger.warn('envelope rejected', { event: 'envelope-invalid', decisionId: refused.id, reason: redactString(refused.reason) });
        metrics.recordDecision('envelope.invalid', 'deny', seconds);
        return;
      case 'internal-error':
        logger.error('internal error while deciding', { event: 'internal-error', decisionId: refused.id, error: errorText(refused.error) });
        metrics.recordDecision('internal.error', 'deny', seconds);
    }
  }

  /** The deny for a refused request (reportRefusal wrote its line). */
  function refusalDenied(refused: Refused): AuthZReply {
    if (refused.unparsable === true) return bodyDenied({ type: 'entity.parse.failed' });
    switch (refused.refusal) {
      case 'envelope-empty':
        return deny('the daemon sent an empty request: it does so when it retries a request that was in flight while the plugin restarted', 'DG_ENVELOPE_EMPTY', 'run the command again', refused.id);
      case 'envelope-invalid':
        return deny(refused.reason, 'DG_ENVELOPE_INVALID', 'this is a daemon/plugin protocol mismatch; check the daemon version', refused.id);
      case 'internal-error':
        return internalDenied(refused.reason, refused.id);
    }
  }

  function internalDenied(reason: string, decisionId: string): AuthZReply {
    return deny(`internal error: ${reason}`, 'DG_INTERNAL', 'the request was denied to stay safe; see the plugin log', decisionId);
  }

  /** What an allowed request leaves behind, and its decision line and count. */
  function recordDecided({ request, decision, policy, start }: Decided): void {
    // An allowed create (rename, removal...) is remembered from its AuthZRes, for the start check.
    if (decision.allow) tracker.expect(request);
    if (shouldLog(decision, policy.logOptions, requestAllows)) writeDecision(logger, 'info', 'decision', decisionRecord(request, decision, policy.version, micros(start)));
    metrics.recordEvaluated(request.operation, decision, (performance.now() - start) / 1000);
  }

  const currentPolicy = (): Policy => policies.current();
  /**
   * The AuthZReq options, an object literal per request: spreading a shared hooks object
   * (`{ ...hooks, start }`) cost about 1.8 us more per decision in process (node 20, GET).
   */
  const requestOptions = (start: number): EvaluatingOptions => ({ emptyIsRetry: true, onDecision: recordDecided, onRefusal: reportRefusal, start });

  function answer(outcome: Outcome): AuthZReply {
    return outcome.ok ? { Allow: outcome.decision.allow, Msg: outcome.decision.msg } : refusalDenied(outcome);
  }

  function authzReq(req: IncomingMessage, res: ServerResponse): void {
    const reply = (r: AuthZReply): void => {
      // While a fallback policy decides, every deny says so (and why).
      const fallback = r.Allow ? undefined : policies.fallback?.();
      send(res, 200, JSON.stringify(fallback === undefined ? r : { Allow: false, Msg: `${r.Msg} ${fallbackNote(fallback)}` }));
    };
    if (offThread(req)) {
      readEnvelopeBytes(
        req,
        res,
        (bytes) => {
          // Durations (log, metrics) are decision time: from the read envelope to the answer.
          decideOffThread(bytes, currentPolicy, worker, requestOptions(performance.now()))
            .then(answer)
            .then(reply)
            .catch(() => {
              res.destroy();
            });
        },
        (err) => {
          reply(bodyDenied(err));
        },
      );
      return;
    }
    readEnvelope(
      req,
      res,
      (raw) => {
        // Durations (log, metrics) are decision time: from the parsed envelope to the answer.
        const start = performance.now();
        if (Number(req.headers['content-length'] ?? 0) > STEPWISE_BYTES) {
          // A large envelope below OFF_THREAD_BYTES, or with a Content-Type (not how the daemon sends one): in steps, here.
          decideInSteps(raw, currentPolicy, requestOptions(start))
            .then(answer)
            .then(reply)
            .catch(() => {
              res.destroy();
            });
          return;
        }
        const outcome = decide(raw, currentPolicy, requestOptions(start));
        // A plain allow (no message): the constant answer, JSON.stringify's bytes.
        if (outcome.ok && outcome.decision.allow && outcome.decision.msg === '') send(res, 200, ALLOW_RESPONSE, ALLOW_HEADERS);
        else reply(answer(outcome));
      },
      (err) => {
        reply(bodyDenied(err));
      },
    );
  }

  // The daemon already acted: the answer cannot undo it. Allow, and log what happened.
  function authzRes(req: IncomingMessage, res: ServerResponse): void {
    // Response lines are logged at debug: below that, there is nothing to read, decide or
    // write (node discards the unread body before the next request on the connection),
    // unless an allowed create waits for its response (its container ID is remembered).
    const debug = logger.isDebugEnabled();
    if (!debug && !tracker.wanted()) {
      send(res, 200, ALLOW_RESPONSE, ALLOW_HEADERS);
      return;
    }
    const hooks: DecideOptions = {
      // Below debug, no response line is written: no rule runs, only the tracker reads the answer.
      evaluate: debug,
      onDecoded: (request, envelope) => {
        try {
          const tracked = tracker.observe(request, envelope);
          if (tracked !== undefined) logger.log(tracked.event === 'track-failed' ? 'warn' : 'debug', 'the daemon\'s answer remembered', tracked);
        } catch (err) {
          logger.error('cannot remember the daemon\'s answer', { event: 'track-failed', operation: request.operation, error: errorText(err) });
        }
      },
      onDecision: ({ request, envelope, decision, policy, start }) => {
        if (shouldLog(decision, policy.logOptions, responseAllows)) writeDecision(logger, 'debug', 'response', decisionRecord(request, { ...decision, allow: true }, policy.version, micros(start), 'response', envelope.responseStatusCode));
      },
      onRefusal: (refused) => {
        if (refused.unparsable === true) unreadable({ type: 'entity.parse.failed' });
        else if (refused.refusal === 'internal-error') logger.error('internal error on response', { event: 'internal-error', phase: 'response', error: errorText(refused.error) });
        else logger.warn('response envelope rejected', { event: 'envelope-invalid', phase: 'response', reason: redactString(refused.reason) });
      },
    };
    const unreadable = (err: BodyError): void => {
      logger.warn('envelope unreadable', { event: 'envelope-invalid', path: '/AuthZPlugin.AuthZRes', reason: err.type ?? err.message ?? 'unknown' });
    };
    const allow = (): void => {
      send(res, 200, ALLOW_RESPONSE, ALLOW_HEADERS);
    };
    const refused = (err: BodyError): void => {
      unreadable(err);
      allow();
    };
    if (offThread(req)) {
      // An AuthZRes carries the request's body again: a 4 MiB create's is decoded off this thread too.
      readEnvelopeBytes(req, res, (bytes) => void decideOffThread(bytes, currentPolicy, worker, hooks).then(allow), refused);
      return;
    }
    readEnvelope(
      req,
      res,
      (raw) => {
        decide(raw, currentPolicy, hooks);
        allow();
      },
      refused,
    );
  }

  // The daemon calls these exact paths (moby pkg/plugins: "/" + method name), with no query.
  // Anything else, a trailing slash or another case included, is the admin app's 404.
  return (req, res) => {
    if (req.method === 'POST') {
      switch (req.url) {
        case '/AuthZPlugin.AuthZReq':
          authzReq(req, res);
          return;
        case '/AuthZPlugin.AuthZRes':
          authzRes(req, res);
          return;
        case '/Plugin.Activate':
          // Activation carries no meaningful body (the daemon sends none): answer whatever arrives.
          send(res, 200, ACTIVATE_RESPONSE, ACTIVATE_HEADERS);
          return;
      }
    }
    toAdmin(req, res);
  };
}
