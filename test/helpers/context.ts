/**
 * Rule contexts for tests (core/context.ts): the live context with some facts replaced, passed
 * to the loader (`parsePolicy(text, source, context)`, or the rule tester's `context`), so that a
 * test states what the rule knows (its plugin ID, daemon.json) instead of setting globals.
 */
import type { RuleContext } from '../../src/core/context.js';
import { daemonConfigFromText, type DaemonConfigRead } from '../../src/host/daemon-config.js';
import { liveContext } from '../../src/rules/lib/context.js';

/** The live context with `facts` in place of its own. */
export function contextWith(facts: Partial<RuleContext>): RuleContext {
  return { ...liveContext, ...facts };
}

/**
 * A daemon configuration fact: daemon.json at `path` with this text, read as dockgate reads the
 * file (undefined: there is no such file).
 */
export function daemonJson(text: string | undefined, path = '/etc/docker/daemon.json'): () => DaemonConfigRead {
  const read: DaemonConfigRead = text === undefined ? { state: 'missing', path } : daemonConfigFromText(path, text);
  return () => read;
}
