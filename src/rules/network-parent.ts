import { defineRule, type Finding } from '../core/rule.js';

/** Drivers that attach containers straight to a host interface through a `parent` option. */
const PARENT_DRIVERS = new Set(['macvlan', 'ipvlan']);

/**
 * `docker network create -d macvlan -o parent=eth0` (or ipvlan) attaches containers straight to a
 * host interface: they sit on the host's network segment with addresses of their own, outside
 * the daemon's bridge and its iptables rules, reachable from (and reaching) the LAN directly.
 */
export default defineRule({
  meta: {
    id: 'network-parent',
    title: 'Networks on a host interface',
    summary: "`POST /networks/create` with a `parent` driver option (macvlan/ipvlan on a host interface), or macvlan/ipvlan `--config-from` a network dockgate cannot see",
    cis: undefined,
    severity: 'medium',
    description: "POST /networks/create with a 'parent' driver option (docker network create -d macvlan|ipvlan -o parent=<host interface>) puts containers directly on the host's network segment, outside the daemon's bridge and iptables rules. A macvlan or ipvlan network created --config-from a config-only network takes its parent from there, which dockgate cannot see: a finding too. macvlan or ipvlan without a parent use an internal dummy interface and are fine.",
    remediation: 'Use a bridge or overlay network and publish ports; if containers must be on the LAN, have an admin create the macvlan/ipvlan network once and let workloads attach to it by name.',
    defaultAction: 'warn',
    operations: ['network.create'],
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  },
  defaultOptions: {},
  create: () => ({
    'network.create': ({ body }) => {
      const net = body.network;
      const findings: Finding[] = [];
      const parent = net.Options?.get('parent');
      if (parent !== undefined && parent !== '') {
        findings.push({ field: 'Options.parent', found: parent, summary: `network ${net.Name} (driver ${net.Driver === '' ? 'bridge' : net.Driver}) on the host interface ${parent}: containers sit directly on the host's network segment`, fix: 'drop -o parent=...; use a bridge or overlay network and publish ports' });
      }
      const from = net.ConfigFrom?.Network ?? '';
      if (PARENT_DRIVERS.has(net.Driver) && from !== '') {
        findings.push({ field: 'ConfigFrom.Network', found: from, summary: `${net.Driver} network ${net.Name} takes its options (and its parent interface) from the config-only network ${from}, which dockgate cannot see`, fix: 'create the network with its options, or have an admin create it' });
      }
      return findings;
    },
  }),
});
