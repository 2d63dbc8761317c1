/**
 * Logging: winston, one JSON object per line on stdout (dockerd collects a managed plugin's
 * stdout). Decision lines carry what an auditor needs and nothing a requester could use to
 * leak secrets: never `Env` values, registry auth, certificates or the raw body.
 */
import { randomUUID } from 'node:crypto';
import winston from 'winston';
import type { Decision } from '../core/decision.js';
import type { DecodedRequest } from '../request/decode-request.js';
import { redactFindingOf, redactString } from './redact.js';

/** Where a logger made by createLogger writes its decision lines, and the fields every line carries. */
interface DecisionOut {
  readonly stream: NodeJS.WritableStream;
  /** The base fields as JSON members (with a trailing comma), spliced into every decision line. */
  base: string;
  fields: Readonly<Record<string, string>>;
}

const DECISION_OUT: unique symbol = Symbol('dockgate decision lines');

/**
 * A winston logger made by createLogger: the only kind writeDecision takes, so that every
 * decision line is written one way (straight to the logger's stream), never through winston's
 * formats of some other logger.
 */
export type Logger = winston.Logger & { readonly [DECISION_OUT]: DecisionOut };

function membersOf(base: Readonly<Record<string, string>>): string {
  const members = JSON.stringify(base).slice(1, -1);
  return members === '' ? '' : `${members},`;
}

/**
 * `base`: fields every line carries (`dockgate serve` sets `host` and `daemonId`, so that a
 * fleet's lines say where, and for which daemon, they were decided).
 *
 * Decision lines, the one log line per request, skip winston's object-mode stream pipeline
 * (about 8 µs a line, against 1 µs for one JSON.stringify): writeDecision serializes them and
 * writes them straight to this logger's stream, before the answer is sent, as winston's were.
 */
export function createLogger(level: string, stream: NodeJS.WritableStream = process.stdout, base: Readonly<Record<string, string>> = {}): Logger {
  const logger = winston.createLogger({
    level,
    ...(Object.keys(base).length === 0 ? {} : { defaultMeta: { ...base } }),
    format: winston.format.combine(winston.format.timestamp(), winston.format.json()),
    // winston's Stream transport type is declared apart from TransportStream; it is one at run time.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment
    transports: [new winston.transports.Stream({ stream })],
  });
  const out: DecisionOut = { stream, base: membersOf(base), fields: { ...base } };
  return Object.assign(logger, { [DECISION_OUT]: out });
}

/**
 * Adds or changes fields every later line carries (the daemon's identity, learned after the
 * logger exists). Lines already written keep what they had.
 */
export function setLoggerFields(logger: Logger, fields: Readonly<Record<string, string>>): void {
  const out = logger[DECISION_OUT];
  const base = { ...out.fields, ...fields };
  // winston's defaultMeta is declared `any`; it is the object merged into every line.
  logger.defaultMeta = base;
  out.fields = base;
  out.base = membersOf(base);
}

/**
 * Writes one decision line at `level`: the same JSON object winston would write (timestamp,
 * level, message: "decision" for requests, "response" for AuthZRes, and the record's fields),
 * straight to the logger's stream. The one writer of decision lines.
 */
export function writeDecision(logger: Logger, level: 'info' | 'debug', message: 'decision' | 'response', record: DecisionRecord): void {
  if (!logger.isLevelEnabled(level)) return;
  const out = logger[DECISION_OUT];
  // The record's members spliced after the three winston writes first: the same line as
  // stringifying `{ timestamp, level, message, ...record }`, without copying the record.
  const members = JSON.stringify(record).slice(1);
  out.stream.write(`{${out.base}"timestamp":"${new Date().toISOString()}","level":"${level}","message":"${message}",${members}\n`);
}

export interface DecisionRecord {
  readonly event: 'decision';
  readonly decisionId: string;
  readonly phase: 'request' | 'response';
  readonly user: string;
  readonly method: string;
  readonly operation: string;
  readonly path: string;
  readonly containerName?: string;
  readonly image?: string;
  readonly decision: 'allow' | 'deny';
  readonly wouldDeny: boolean;
  readonly mode: string;
  readonly policyVersion: string;
  /** The profile applied (by TLS user), when one did. */
  readonly profile?: string;
  readonly violations: readonly { rule: string; action: string; severity: string; field: string; found: string; exemptedBy?: string }[];
  readonly problems: readonly string[];
  readonly durationUs: number;
  readonly statusCode?: number;
}

/** The methods dockerd routes: logged as they are. Any other method string is scanned like free text. */
const HTTP_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH']);

/**
 * Builds the decision line. Only fields named here reach the log, and what each may carry is
 * decided here, field by field (docs/security-model.md, "What the decision log holds"):
 *
 * - dockgate's own values are written as they are: event, decisionId, phase, operation (from
 *   the route table), decision, wouldDeny, mode, policyVersion, profile (a policy name), each
 *   violation's rule, action, severity and exemptedBy, the problem codes, durationUs, statusCode;
 *   the method too when it is one dockerd routes.
 * - Free text, which a requester (or a certificate) chose, is scanned for secrets (redactString):
 *   user, path (names and ids in it; the query is never logged), containerName, image, and each
 *   violation's field (a label key is the requester's).
 * - A violation's found value goes through redactFinding: never an Env value, never the value of
 *   a secret-like label, and long base64/hex blobs besides the patterns above.
 */
export function decisionRecord(request: DecodedRequest, decision: Decision, policyVersion: string, durationUs: number, phase: 'request' | 'response' = 'request', statusCode?: number): DecisionRecord {
  const body = request.body;
  return {
    event: 'decision',
    // The id the deny message shows (evaluate sets it), so a screenshot leads to this line.
    decisionId: decision.id ?? randomUUID(),
    phase,
    user: redactString(request.user),
    method: HTTP_METHODS.has(request.method) ? request.method : redactString(request.method),
    operation: request.operation,
    // The path only: the query (which may carry anything) is never logged.
    path: redactString(request.path),
    ...(body.kind === 'container.create'
      ? { ...(body.name === undefined ? {} : { containerName: redactString(body.name) }), image: redactString(body.config.Image) }
      : body.kind === 'container.exec' || body.kind === 'container.update'
        ? { containerName: redactString(body.container) }
        : {}),
    decision: decision.allow ? 'allow' : 'deny',
    wouldDeny: decision.wouldDeny,
    mode: decision.mode,
    policyVersion,
    ...(decision.profile === undefined ? {} : { profile: decision.profile }),
    violations: decision.violations.map((v) => ({
      rule: v.rule,
      action: v.action,
      severity: v.severity,
      field: redactString(v.finding.field),
      // Redact the whole value first: a secret cut at 200 characters would no longer match.
      found: redactFindingOf(v.finding).slice(0, 200),
      ...(v.exemptedBy === undefined ? {} : { exemptedBy: v.exemptedBy }),
    })),
    problems: decision.problems.map((p) => p.code),
    durationUs,
    ...(statusCode === undefined ? {} : { statusCode }),
  };
}
