import { defineRule } from '../core/rule.js';
import { globMatcher } from './lib/glob.js';

interface Options {
  /** Manager addresses (globs on `host:port`) this engine may join. */
  readonly allowedManagers: readonly string[];
}

const DEFAULTS: Options = { allowedManagers: [] };

/**
 * `docker swarm join` hands this engine to the managers it joins: they schedule tasks
 * (privileged-equivalent specs included) that this daemon runs without any AuthZ call.
 */
export default defineRule({
  meta: {
    id: 'swarm-join',
    title: 'Do not join foreign swarms',
    summary: "`POST /swarm/join` to managers outside `allowedManagers`",
    cis: '5.1',
    severity: 'critical',
    description: "POST /swarm/join makes this engine a node of another swarm. That swarm's managers can then schedule any service task here (host bind mounts, added capabilities, host network), and the daemon creates those containers without calling the authorization plugin. A join to an attacker's manager is full control of the host.",
    remediation: 'Join nodes from an admin account (exemption by TLS user), or list your managers in the swarm-join option allowedManagers.',
    defaultAction: 'deny',
    operations: ['swarm.join'],
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allowedManagers: { type: 'array', items: { type: 'string', minLength: 1 }, description: "Manager addresses this engine may join: micromatch globs on each RemoteAddrs entry as sent ('10.0.0.*:2377'). Every address in the request must match." },
      },
    },
  },
  defaultOptions: DEFAULTS,
  create(options) {
    const allowed = globMatcher(options.allowedManagers);
    return {
      'swarm.join': ({ body }) => {
        const remotes = body.join.RemoteAddrs ?? [];
        if (remotes.length > 0 && remotes.every(allowed)) return [];
        const shown = remotes.length === 0 ? '(none)' : remotes.join(',');
        return [{ field: 'RemoteAddrs', found: shown, summary: `swarm join to ${shown}`, fix: 'join only managers listed in the swarm-join option allowedManagers, from an admin account' }];
      },
    };
  },
});
