/**
 * The plugin's HTTP API, as the daemon calls it (moby pkg/plugins and pkg/authorization):
 * POST /Plugin.Activate, /AuthZPlugin.AuthZReq and /AuthZPlugin.AuthZRes, each a JSON body
 * sent with no Content-Type. Every answer to the daemon is HTTP 200 with {Allow, Msg}: the
 * daemon ignores Err on a 200, and turns anything else into a 500 for the user, so a deny
 * is always Allow:false, and any failure while deciding is a deny that says so.
 */
import { performance } from 'node:perf_hooks';
import bodyParser from 'body-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Logger } from '../audit/logger.js';
import { AllowCounter, shouldLog } from '../audit/log-filter.js';
import { decisionRecord } from '../audit/logger.js';
import { redactString } from '../audit/redact.js';
import { evaluate } from '../engine/engine.js';
import { describeProblem } from '../engine/message.js';
import type { Policy } from '../policy/load.js';
import { decodeRequest } from '../request/decode-request.js';
import { problem } from '../request/problems.js';
import { parseEnvelope } from './envelope.js';
import { Metrics } from './metrics.js';

/** A 4 MiB request body is 5.6 MiB in base64; the rest of the envelope is small. */
export const ENVELOPE_LIMIT_BYTES = 8 * 1024 * 1024;

export interface PolicySource {
  current(): Policy;
}

export interface AuthZReply {
  readonly Allow: boolean;
  readonly Msg: string;
}

function deny(detail: string, code: Parameters<typeof problem>[0], fix: string): AuthZReply {
  return { Allow: false, Msg: `dockgate denied request: ${describeProblem(problem(code, detail, fix))}` };
}

function micros(start: number): number {
  return Math.round((performance.now() - start) * 1000);
}

export function createApp(policies: PolicySource, logger: Logger, metrics: Metrics = new Metrics()): express.Express {
  const app = express();
  // Sampling counters for plain allow lines (policy log.sampleAllow), one per phase.
  const requestAllows = new AllowCounter();
  const responseAllows = new AllowCounter();
  app.disable('x-powered-by');
  app.disable('etag');
  app.set('query parser', false);
  // Activation carries no meaningful body (the daemon sends none): answer whatever arrives.
  app.post('/Plugin.Activate', (_req, res) => {
    res.json({ Implements: ['authz'] });
  });

  // The daemon sends no Content-Type: parse every body as JSON.
  app.use(bodyParser.json({ type: () => true, limit: ENVELOPE_LIMIT_BYTES, strict: false }));

  app.post('/AuthZPlugin.AuthZReq', (req: Request, res: Response) => {
    const start = performance.now();
    let reply: AuthZReply;
    try {
      const parsed = parseEnvelope(req.body as unknown);
      if (!parsed.ok) {
        reply = deny(parsed.reason, 'DG_ENVELOPE_INVALID', 'this is a daemon/plugin protocol mismatch; check the daemon version');
        logger.warn('envelope rejected', { event: 'envelope-invalid', reason: redactString(parsed.reason) });
        metrics.recordDecision('envelope.invalid', 'deny', (performance.now() - start) / 1000);
      } else {
        const policy = policies.current();
        const request = decodeRequest(parsed.envelope);
        const decision = evaluate(request, policy);
        reply = { Allow: decision.allow, Msg: decision.msg };
        if (shouldLog(decision, policy.logOptions, requestAllows)) logger.info('decision', decisionRecord(request, decision, policy.version, micros(start)));
        metrics.recordEvaluated(request.operation, decision, (performance.now() - start) / 1000);
      }
    } catch (err) {
      reply = deny(`internal error: ${err instanceof Error ? err.message : String(err)}`, 'DG_INTERNAL', 'the request was denied to stay safe; see the plugin log');
      logger.error('internal error while deciding', { event: 'internal-error', error: redactString(err instanceof Error ? (err.stack ?? err.message) : String(err)) });
      metrics.recordDecision('internal.error', 'deny', (performance.now() - start) / 1000);
    }
    res.json(reply);
  });

  // The daemon already acted: the answer cannot undo it. Allow, and log what happened.
  app.post('/AuthZPlugin.AuthZRes', (req: Request, res: Response) => {
    const start = performance.now();
    try {
      // Response lines are logged at debug: below that, there is nothing to decide or write.
      if (!logger.isDebugEnabled()) {
        res.json({ Allow: true, Msg: '' });
        return;
      }
      const parsed = parseEnvelope(req.body as unknown);
      if (parsed.ok) {
        const policy = policies.current();
        const request = decodeRequest(parsed.envelope);
        const decision = evaluate(request, policy);
        if (shouldLog(decision, policy.logOptions, responseAllows)) logger.debug('response', decisionRecord(request, { ...decision, allow: true }, policy.version, micros(start), 'response', parsed.envelope.responseStatusCode));
      } else {
        logger.warn('response envelope rejected', { event: 'envelope-invalid', phase: 'response', reason: redactString(parsed.reason) });
      }
    } catch (err) {
      logger.error('internal error on response', { event: 'internal-error', phase: 'response', error: redactString(err instanceof Error ? (err.stack ?? err.message) : String(err)) });
    }
    res.json({ Allow: true, Msg: '' });
  });

  // Health and metrics, for operators on the plugin socket (the daemon never calls them).
  app.get('/healthz', (_req, res) => {
    const policy = policies.current();
    res.json({ status: 'ok', policyVersion: policy.version, mode: policy.mode });
  });
  app.get('/metrics', (_req, res) => {
    res.type('text/plain; version=0.0.4; charset=utf-8').send(metrics.render(policies.current()));
  });

  app.use((_req, res) => {
    res.status(404).json({ Err: 'dockgate: no such endpoint' });
  });

  // Body errors (too large, not JSON): deny requests, allow responses, never crash.
  app.use((err: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    const e = err as { type?: string; status?: number; message?: string };
    const tooLarge = e.type === 'entity.too.large' || e.status === 413;
    logger.warn('envelope unreadable', { event: 'envelope-invalid', path: req.path, reason: e.type ?? e.message ?? 'unknown' });
    if (req.method === 'POST' && req.path === '/AuthZPlugin.AuthZRes') {
      res.status(200).json({ Allow: true, Msg: '' });
      return;
    }
    if (req.method === 'POST' && req.path === '/AuthZPlugin.AuthZReq') {
      metrics.recordDecision('envelope.invalid', 'deny', 0);
      res.status(200).json(
        tooLarge
          ? deny(`the envelope is larger than ${ENVELOPE_LIMIT_BYTES} bytes (request body over 4 MiB)`, 'DG_BODY_TOO_LARGE', 'send a request body under 4 MiB')
          : deny(`the envelope is not valid JSON (${e.type ?? 'parse error'})`, 'DG_ENVELOPE_INVALID', 'this is a daemon/plugin protocol mismatch'),
      );
      return;
    }
    res.status(tooLarge ? 413 : 400).json({ Err: tooLarge ? 'request too large' : 'invalid request' });
  });

  return app;
}
