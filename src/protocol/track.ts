/**
 * Keeps the host-path registry (src/state/registry.ts) up to date from the daemon's AuthZRes
 * calls: a container create's ID (its response body) with the host paths its request named, a
 * rename, a removal, a local volume's create and removal. AuthZRes comes only after the daemon's
 * handler succeeded, and before the client gets the answer, so the record exists before anyone
 * can start the container.
 *
 * Reading every AuthZRes envelope costs a JSON parse; dockgate only does it while an allowed
 * request of a tracked operation waits for its response (counted at AuthZReq, forgotten after
 * PENDING_MS, since the daemon sends no AuthZRes for a request its handler failed).
 */
import type { DecodedRequest } from '../request/decode-request.js';
import { queryValue } from '../request/uri.js';
import { liveContext } from '../rules/lib/context.js';
import { mountSurface, type MountFacts } from '../rules/lib/mounts.js';
import { currentRegistry } from '../state/registry.js';
import { forgetNetworks, learnNetworks } from '../state/networks.js';
import { dropPlugin, learnInfo, learnPluginInspect, learnPluginList, nextStep, resolvePlugin } from '../state/plugins.js';
import type { AuthZEnvelope } from '../request/envelope.js';

export const TRACKED_OPERATIONS: ReadonlySet<string> = new Set(['container.create', 'container.rename', 'container.remove', 'container.prune', 'volume.create', 'volume.remove', 'network.inspect', 'network.list', 'network.remove', 'network.prune']);

/**
 * The answers that tell self-protection which plugins are authorization plugins and which chain
 * the daemon started with (src/state/plugins.ts): docker plugin ls, docker plugin inspect, docker info.
 */
export const PLUGIN_KNOWLEDGE_OPERATIONS: ReadonlySet<string> = new Set(['plugin.list', 'plugin.inspect', 'system.info']);

/** Allowed calls after which dockgate no longer knows what the plugin is (removed, or replaced by an upgrade). */
const PLUGIN_CHANGING = new Set(['plugin.remove', 'plugin.upgrade']);

const PENDING_MS = 120_000;

/**
 * The answer that tells which containers no longer exist: an unfiltered `docker ps -a`
 * (`GET /containers/json` with `all` true as the daemon reads it, and no filters, limit, since or
 * before) lists every container. The daemon removes `docker run --rm` containers by itself,
 * without a request dockgate could follow. (A 404 inspect would say it too, but the daemon sends
 * no AuthZRes for a request whose handler failed.)
 */
function isFullList(request: DecodedRequest): boolean {
  if (request.operation !== 'container.list') return false;
  const all = (queryValue(request.query, 'all') ?? '').trim().toLowerCase();
  if (['', '0', 'no', 'false', 'none'].includes(all)) return false;
  for (const k of ['filters', 'limit', 'since', 'before']) {
    const v = queryValue(request.query, k);
    if (v !== undefined && v !== '' && !(k === 'filters' && v === '{}') && !(k === 'limit' && (v === '0' || v === '-1'))) return false;
  }
  return true;
}

export class ResponseTracker {
  private pending: number[] = [];
  /** When each allowed full list was asked, oldest first (the time its answer is judged by). */
  private asked: number[] = [];
  /** When (and at which step of src/state/plugins.ts) each allowed plugin list, inspect or info was asked, oldest first. */
  private pluginAsked: { at: number; step: number }[] = [];

  /** An allowed AuthZReq: its AuthZRes will be read when it changes what dockgate remembers. */
  expect(request: DecodedRequest): void {
    if (TRACKED_OPERATIONS.has(request.operation)) this.pending.push(Date.now());
    else if (PLUGIN_KNOWLEDGE_OPERATIONS.has(request.operation)) this.pluginAsked.push({ at: Date.now(), step: nextStep() });
    else if (isFullList(request) && currentRegistry().size > 0) this.asked.push(Date.now());
    else if (PLUGIN_CHANGING.has(request.operation)) {
      // before the daemon acts: until it is listed again the plugin is unknown (fail closed)
      const r = resolvePlugin(request.params.get('name') ?? '');
      if (r.state === 'known') dropPlugin(r.plugin.id);
      else if (r.state === 'ambiguous') for (const p of r.plugins) dropPlugin(p.id);
    }
  }

  /** Whether AuthZRes envelopes must be read now. */
  wanted(): boolean {
    const cutoff = Date.now() - PENDING_MS;
    if ((this.pending[0] ?? cutoff) < cutoff) this.pending = this.pending.filter((t) => t >= cutoff);
    if ((this.asked[0] ?? cutoff) < cutoff) this.asked = this.asked.filter((t) => t >= cutoff);
    if ((this.pluginAsked[0]?.at ?? cutoff) < cutoff) this.pluginAsked = this.pluginAsked.filter((t) => t.at >= cutoff);
    return this.pending.length > 0 || this.asked.length > 0 || this.pluginAsked.length > 0;
  }

  /**
   * The answer to a full list. It is judged by the oldest outstanding list's time (no later than
   * its own): only containers recorded before that are forgotten.
   */
  private observeFullList(envelope: AuthZEnvelope): Record<string, unknown> | undefined {
    const askedAt = this.asked.shift();
    if (askedAt === undefined) return undefined;
    const status = envelope.responseStatusCode ?? 0;
    if (status !== 200 || !envelope.responseBody) return undefined;
    let list: unknown;
    try {
      list = JSON.parse(envelope.responseBody.toString('utf8')) as unknown;
    } catch {
      return undefined;
    }
    if (!Array.isArray(list)) return undefined;
    const present = new Set<string>();
    for (const c of list) {
      const id = typeof c === 'object' && c !== null ? (c as { Id?: unknown }).Id : undefined;
      // an entry without an ID: the list cannot be trusted to be complete
      if (typeof id !== 'string' || id === '') return undefined;
      present.add(id);
    }
    const n = currentRegistry().forgetAbsent(present, askedAt);
    return n > 0 ? { event: 'containers-forgotten', reason: 'not in the daemon\'s list of all containers', count: n } : undefined;
  }

  /**
   * docker plugin ls / inspect / docker info: what each plugin is, and the daemon's start chain.
   * An answer is judged by the oldest outstanding ask (no later than its own): a plugin dropped
   * after that is not brought back by it.
   */
  private observePlugins(request: DecodedRequest, envelope: AuthZEnvelope): Record<string, unknown> | undefined {
    const askedAt = this.pluginAsked.shift()?.step ?? 0;
    const status = envelope.responseStatusCode ?? 0;
    if (status !== 200 || !envelope.responseBody || envelope.responseBody.length === 0) return undefined;
    switch (request.operation) {
      case 'plugin.list': {
        const n = learnPluginList(envelope.responseBody, askedAt, unfilteredPluginList(request));
        return n === undefined ? { event: 'track-failed', operation: request.operation, reason: 'the plugin list is not readable' } : { event: 'plugins-learned', plugins: n };
      }
      case 'plugin.inspect': {
        const p = learnPluginInspect(envelope.responseBody, askedAt);
        return p === undefined ? undefined : { event: 'plugins-learned', plugins: 1, id: p.id, kind: p.kind };
      }
      case 'system.info': {
        const chain = learnInfo(envelope.responseBody);
        return chain === undefined ? undefined : { event: 'authorization-chain-learned', startChain: chain };
      }
    }
    return undefined;
  }

  /**
   * Applies one AuthZRes to the registry. Returns what it remembered, for the log (IDs,
   * names and counts only).
   */
  observe(request: DecodedRequest, envelope: AuthZEnvelope): Record<string, unknown> | undefined {
    if (isFullList(request)) return this.observeFullList(envelope);
    if (PLUGIN_KNOWLEDGE_OPERATIONS.has(request.operation)) return this.observePlugins(request, envelope);
    if (!TRACKED_OPERATIONS.has(request.operation)) return undefined;
    this.pending.shift();
    const status = envelope.responseStatusCode ?? 0;
    if (status < 200 || status > 299) return undefined;
    const registry = currentRegistry();
    const ref = request.params.get('name') ?? '';
    switch (request.operation) {
      case 'container.create': {
        const id = responseField(envelope, 'Id');
        if (id === undefined || request.body.kind !== 'container.create') return { event: 'track-failed', operation: request.operation, reason: 'no container ID in the response' };
        const surface = mountSurface(request, factsOf(registry));
        const own = surface.hostPaths.filter((hp) => hp.volume === undefined);
        registry.recordContainer(id, request.body.name, own, surface.volumeRefs);
        return { event: 'container-tracked', id, hostPaths: own.length, volumes: surface.volumeRefs.length };
      }
      case 'container.rename': {
        const name = queryValue(request.query, 'name');
        if (name !== undefined && name !== '') registry.rename(ref, name);
        return { event: 'container-renamed' };
      }
      case 'container.remove':
        registry.forgetContainer(ref);
        return { event: 'container-forgotten' };
      case 'container.prune': {
        // `docker container prune` / `system prune` remove containers without a DELETE each:
        // the answer lists them (ContainersDeleted; no body when it is 64 KiB or more)
        const ids = responseStrings(envelope, 'ContainersDeleted');
        for (const id of ids) registry.forgetContainer(id);
        return { event: 'containers-forgotten', count: ids.length };
      }
      case 'volume.create': {
        const name = responseField(envelope, 'Name');
        if (name === undefined) return { event: 'track-failed', operation: request.operation, reason: 'no volume name in the response' };
        const paths = mountSurface(request, factsOf(registry)).hostPaths;
        if (paths.length > 0) registry.recordVolume(name, paths);
        else registry.forgetVolume(name);
        return { event: 'volume-tracked', hostPaths: paths.length };
      }
      case 'volume.remove':
        registry.forgetVolume(ref);
        return { event: 'volume-forgotten' };
      // The host network's ID (and every other network's), for host-network's service checks (issue 13).
      case 'network.inspect':
      case 'network.list': {
        const n = envelope.responseBody ? learnNetworks(envelope.responseBody) : 0;
        return n > 0 ? { event: 'networks-learned', networks: n } : undefined;
      }
      // Removed networks are forgotten (in the state file too): DELETE names one as the daemon
      // resolved it, a prune's answer lists the names (NetworksDeleted; no body at 64 KiB or more).
      case 'network.remove': {
        const n = forgetNetworks([request.params.get('id') ?? '']);
        return n > 0 ? { event: 'networks-forgotten', networks: n } : undefined;
      }
      case 'network.prune': {
        const n = forgetNetworks(responseStrings(envelope, 'NetworksDeleted'));
        return n > 0 ? { event: 'networks-forgotten', networks: n } : undefined;
      }
    }
    return undefined;
  }
}

/** Whether a plugin list request lists every plugin (no filters). */
function unfilteredPluginList(request: DecodedRequest): boolean {
  const f = queryValue(request.query, 'filters');
  return f === undefined || f.trim() === '' || f.trim() === '{}';
}

/** The strings of a top-level array field of the JSON response body (none when absent or not JSON). */
function responseStrings(envelope: AuthZEnvelope, key: string): string[] {
  const v = responseJson(envelope)?.[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x !== '') : [];
}

function responseJson(envelope: AuthZEnvelope): Record<string, unknown> | undefined {
  if (!envelope.responseBody) return undefined;
  try {
    const v = JSON.parse(envelope.responseBody.toString('utf8')) as unknown;
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** A top-level string field of the JSON response body (the daemon writes exact key names). */
function responseField(envelope: AuthZEnvelope, key: string): string | undefined {
  const field = responseJson(envelope)?.[key];
  return typeof field === 'string' && field !== '' ? field : undefined;
}

/**
 * What a create or volume create is remembered with: the registry, and the running kernel (the
 * rules judged the same request with it: whether a read-only bind is read-only all the way down
 * depends on it, and the record must say what they saw).
 */
function factsOf(registry: MountFacts['containers']): MountFacts {
  return { containers: registry, kernel: liveContext.kernel };
}
