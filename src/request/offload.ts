/**
 * Large envelopes decoded on a worker thread, so that a 4 MiB body never stalls the event loop
 * (the daemon's other requests, the plugin's health checks) for the time of its decode: the
 * main thread only moves the bytes over, then rebuilds the decoded request from the worker's
 * tape a slice at a time (tape.ts), and decides on it as on any request.
 *
 * The worker runs the same code as the main thread (decodeEnvelope), so the decision is the
 * same. A worker that crashes, runs out of memory or does not answer in time fails its jobs:
 * `decode` rejects, and the caller denies (fail closed); the next job starts a new worker. The
 * worker is started at the first job and stopped after a while without one.
 */
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { EnvelopeOutcome } from './decode-envelope.js';
import { getHeapStatistics } from 'node:v8';
import type { DecodeAnswer, DecodeJob, DecodeWorkerData } from './offload-worker.js';
import { TapeReader, type Tape, type TapeLimits } from './tape.js';
import type { AuthZEnvelope } from './envelope.js';
import type { DecodedRequest } from './decode-request.js';

export interface DecodeWorkerOptions {
  /** Longest run of the tape's rebuild per event-loop turn. */
  readonly sliceMs?: number;
  /** A job the worker has not answered by then fails (and the worker is stopped). */
  readonly timeoutMs?: number;
  /** The worker is stopped after this long without a job (its memory given back). */
  readonly idleMs?: number;
  /**
   * The worker's heap limit; by default this thread's, so that the worker can decode whatever
   * this thread could. (A worker that reaches it is stopped and its job denied, but V8 may also
   * abort the whole process then: the tape's limits keep the worker's own additions bounded.)
   */
  readonly maxHeapMb?: number;
  /** What a tape may hold; a request that needs more is sent back, to be decided on this thread. */
  readonly tapeLimits?: TapeLimits;
  /** Another worker script (tests: one that crashes or never answers). */
  readonly script?: URL;
}

interface Job {
  readonly resolve: (outcome: EnvelopeOutcome) => void;
  readonly reject: (err: Error) => void;
  readonly timer: NodeJS.Timeout;
}

const OWN_SCRIPT = new URL(`./offload-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url);

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Rebuilds a tape on this thread, at most `sliceMs` per event-loop turn. */
export async function readTapeInSlices(tape: Tape, sliceMs: number): Promise<unknown> {
  const reader = new TapeReader(tape);
  while (!reader.run(performance.now() + sliceMs)) await nextTurn();
  return reader.value();
}

export class DecodeWorker {
  private worker: Worker | undefined;
  private readonly jobs = new Map<number, Job>();
  private nextId = 1;
  private idle: NodeJS.Timeout | undefined;
  private readonly sliceMs: number;
  private readonly timeoutMs: number;
  private readonly idleMs: number;
  private readonly maxHeapMb: number;
  private readonly tapeLimits: TapeLimits | undefined;
  private readonly script: URL;

  constructor(options: DecodeWorkerOptions = {}) {
    this.sliceMs = options.sliceMs ?? 2;
    this.timeoutMs = options.timeoutMs ?? 20_000;
    this.idleMs = options.idleMs ?? 30_000;
    this.maxHeapMb = options.maxHeapMb ?? Math.ceil(getHeapStatistics().heap_size_limit / (1024 * 1024));
    this.tapeLimits = options.tapeLimits;
    this.script = options.script ?? OWN_SCRIPT;
  }

  /** Whether a worker is running now. */
  running(): boolean {
    return this.worker !== undefined;
  }

  /**
   * Decodes one envelope's bytes on the worker. The bytes are moved to it when they own their
   * memory (not a pooled Buffer): the caller must not read them after. Rejects when the worker
   * fails (crash, out of memory, no answer in time, an error while decoding).
   */
  decode(bytes: Uint8Array): Promise<EnvelopeOutcome> {
    const worker = this.start();
    const id = this.nextId++;
    return new Promise<EnvelopeOutcome>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.stop(new Error(`the decoding worker did not answer within ${this.timeoutMs} ms`));
      }, this.timeoutMs);
      this.jobs.set(id, { resolve, reject, timer });
      const job: DecodeJob = { id, bytes };
      const own = bytes.buffer instanceof ArrayBuffer && bytes.buffer.byteLength > Buffer.poolSize;
      try {
        worker.postMessage(job, own ? [bytes.buffer] : []);
      } catch (err) {
        this.settle(id)?.reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
  }

  /** Stops the worker now; jobs in flight fail. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.stop(new Error('the decoding worker was stopped'));
    if (worker !== undefined) await worker.terminate();
  }

  private start(): Worker {
    if (this.idle !== undefined) {
      clearTimeout(this.idle);
      this.idle = undefined;
    }
    if (this.worker !== undefined) {
      this.worker.ref();
      return this.worker;
    }
    // Under tsx (tests, bench on sources) the worker is a .ts file: it registers tsx's loader
    // first. The process's options are inherited (V8's per-isolate ones cannot be given to a worker).
    const source = this.script.pathname.endsWith('.ts')
      ? `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(this.script.href)}); });`
      : undefined;
    const workerData: DecodeWorkerData = this.tapeLimits === undefined ? {} : { tapeLimits: this.tapeLimits };
    const worker = new Worker(source ?? this.script, { eval: source !== undefined, workerData, resourceLimits: { maxOldGenerationSizeMb: this.maxHeapMb }, stdout: false, stderr: false });
    worker.on('message', (answer: DecodeAnswer) => {
      this.answered(answer);
    });
    worker.on('error', (err) => {
      if (this.worker === worker) this.stop(new Error(`the decoding worker failed: ${err.message}`));
    });
    worker.on('exit', (code) => {
      if (this.worker === worker) this.stop(new Error(`the decoding worker exited (code ${code})`));
    });
    this.worker = worker;
    return worker;
  }

  /** Forgets the worker (terminating it) and fails every job in flight with `err`. */
  private stop(err: Error): void {
    const worker = this.worker;
    this.worker = undefined;
    if (this.idle !== undefined) clearTimeout(this.idle);
    this.idle = undefined;
    if (worker !== undefined) void worker.terminate();
    for (const id of [...this.jobs.keys()]) this.settle(id)?.reject(err);
  }

  /** Takes a job off the books; when none is left, the worker no longer holds the process up and stops after idleMs. */
  private settle(id: number): Job | undefined {
    const job = this.jobs.get(id);
    if (job === undefined) return undefined;
    clearTimeout(job.timer);
    this.jobs.delete(id);
    if (this.jobs.size === 0 && this.worker !== undefined) {
      const worker = this.worker;
      worker.unref();
      this.idle = setTimeout(() => {
        if (this.worker === worker && this.jobs.size === 0) this.stop(new Error('idle'));
      }, this.idleMs);
      this.idle.unref();
    }
    return job;
  }

  private answered(answer: DecodeAnswer): void {
    const job = this.settle(answer.id);
    if (job === undefined) return;
    switch (answer.kind) {
      case 'unparsable':
        job.resolve({ kind: 'unparsable' });
        return;
      case 'invalid':
        job.resolve({ kind: 'invalid', reason: answer.reason, empty: answer.empty });
        return;
      case 'failed':
        job.reject(new Error(answer.message));
        return;
      case 'too-large':
        job.resolve({ kind: 'too-large', bytes: answer.bytes });
        return;
      case 'decoded':
        readTapeInSlices(answer.tape, this.sliceMs).then(
          (value) => {
            const { envelope, request } = value as { envelope: AuthZEnvelope; request: DecodedRequest };
            job.resolve({ kind: 'decoded', envelope, request });
          },
          (err: unknown) => {
            job.reject(err instanceof Error ? err : new Error(String(err)));
          },
        );
        return;
    }
  }
}
