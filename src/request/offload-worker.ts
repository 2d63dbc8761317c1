/**
 * The decoding worker (a worker thread; offload.ts starts it): reads, checks and decodes the
 * envelopes it is sent, exactly as the main thread does (decodeEnvelope), and answers each
 * with its outcome, the decoded request written as a tape (tape.ts). It decides nothing: the
 * rules run on the main thread, on the rebuilt request. A job that throws is answered `failed`
 * (the main thread denies it); the worker goes on with the next one.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { decodeEnvelope } from './decode-envelope.js';
import { DEFAULT_TAPE_LIMITS, TapeTooLarge, transferables, writeTape, type Tape, type TapeLimits } from './tape.js';

export interface DecodeJob {
  readonly id: number;
  readonly bytes: Uint8Array;
}

export type DecodeAnswer =
  | { readonly id: number; readonly kind: 'unparsable' }
  | { readonly id: number; readonly kind: 'invalid'; readonly reason: string; readonly empty: boolean }
  /** The tape holds `{ envelope, request }`. */
  | { readonly id: number; readonly kind: 'decoded'; readonly tape: Tape }
  /** The request is too large for a tape (TapeLimits): its bytes, sent back, are for the main thread to decide. */
  | { readonly id: number; readonly kind: 'too-large'; readonly bytes: Uint8Array }
  | { readonly id: number; readonly kind: 'failed'; readonly message: string };

/** What offload.ts starts the worker with. */
export interface DecodeWorkerData {
  readonly tapeLimits?: TapeLimits;
}

const limits = (workerData as DecodeWorkerData | null)?.tapeLimits ?? DEFAULT_TAPE_LIMITS;

function answer(job: DecodeJob): DecodeAnswer {
  try {
    const outcome = decodeEnvelope(job.bytes);
    if (outcome.kind !== 'decoded') return { id: job.id, ...outcome };
    return { id: job.id, kind: 'decoded', tape: writeTape({ envelope: outcome.envelope, request: outcome.request }, limits) };
  } catch (err) {
    if (err instanceof TapeTooLarge) return { id: job.id, kind: 'too-large', bytes: job.bytes };
    return { id: job.id, kind: 'failed', message: err instanceof Error ? err.message : String(err) };
  }
}

const port = parentPort;
if (port === null) throw new Error('offload-worker.ts runs as a worker thread (see offload.ts)');
port.on('message', (job: DecodeJob) => {
  const reply = answer(job);
  const own = reply.kind === 'too-large' && reply.bytes.buffer instanceof ArrayBuffer && reply.bytes.buffer.byteLength > Buffer.poolSize;
  port.postMessage(reply, reply.kind === 'decoded' ? transferables(reply.tape) : own ? [reply.bytes.buffer] : []);
});
