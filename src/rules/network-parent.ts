import { defineRule, type Finding } from '../core/rule.js';

/** The bridge driver's option naming the Linux bridge to use (libnetwork drivers/bridge labels.go). */
const BRIDGE_NAME = 'com.docker.network.bridge.name';
/** The bridge driver's option making the network use the default bridge's interface (`docker0`). */
const DEFAULT_BRIDGE = 'com.docker.network.bridge.default_bridge';
/** The values Go's strconv.ParseBool reads as false (anything else is true, or refused by the daemon). */
const GO_FALSE = new Set(['0', 'f', 'F', 'false', 'FALSE', 'False']);

/**
 * `docker network create -d macvlan -o parent=eth0` (or ipvlan) attaches containers straight to a
 * host interface: they sit on the host's network segment with addresses of their own, outside
 * the daemon's bridge and its iptables rules, reachable from (and reaching) the LAN directly.
 *
 * The bridge driver does the same with a bridge of the host's: `-o com.docker.network.bridge.name=br0`
 * naming a bridge that already exists makes the daemon use it as it is (libnetwork's bridge
 * driver: an existing interface of that name that is a bridge is taken, its creator recorded as
 * the user, and it is left in place at `docker network rm`), and its containers' veths join the
 * host's bridge, on the segment its ports bridge to. `default_bridge=true` does it without a name:
 * the network takes `docker0`. Whether a name is one of the host's, and which one, dockgate cannot
 * know at the daemon's network namespace, so a name is a finding whatever it is; without one the
 * daemon makes its own `br-<id>`. A network created `--config-from` takes all its driver options
 * from a config-only network the request does not show, for every driver.
 */
export default defineRule({
  meta: {
    id: 'network-parent',
    title: 'Networks on a host interface',
    summary: "`POST /networks/create` with a `parent` driver option (macvlan/ipvlan on a host interface), a bridge named with `com.docker.network.bridge.name` (an existing host bridge is used as it is) or `default_bridge`, or `--config-from` a network dockgate cannot see",
    cis: undefined,
    severity: 'medium',
    description: "POST /networks/create with a 'parent' driver option (docker network create -d macvlan|ipvlan -o parent=<host interface>) puts containers directly on the host's network segment, outside the daemon's bridge and iptables rules. A bridge network given a bridge name (-o com.docker.network.bridge.name=<name>) does the same when a bridge of that name exists on the host: the daemon attaches containers to the host's bridge as it is and leaves it in place when the network is removed; dockgate cannot tell a host bridge's name from a new one, so any name is a finding (com.docker.network.bridge.default_bridge=true, which takes docker0, too). A network created --config-from a config-only network takes its options (parent, bridge name) from there, which dockgate cannot see: a finding too. macvlan or ipvlan without a parent use an internal dummy interface, and bridges the daemon names itself (br-<id>) are its own: both are fine.",
    remediation: 'Use a bridge network without a bridge name (the daemon makes its own br-<id>) or an overlay network, and publish ports; if containers must be on the LAN or a host bridge, have an admin create the network once and let workloads attach to it by name.',
    defaultAction: 'warn',
    operations: ['network.create'],
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  },
  defaultOptions: {},
  create: () => ({
    'network.create': ({ body }) => {
      const net = body.network;
      const driver = net.Driver === '' ? 'bridge' : net.Driver;
      const findings: Finding[] = [];
      const parent = net.Options?.get('parent');
      if (parent !== undefined && parent !== '') {
        findings.push({ field: 'Options.parent', found: parent, summary: `network ${net.Name} (driver ${driver}) on the host interface ${parent}: containers sit directly on the host's network segment`, fix: 'drop -o parent=...; use a bridge or overlay network and publish ports' });
      }
      // Judged whatever the driver: a config-only network (driver null) holding the option hands
      // it to the bridge networks created --config-from it.
      const bridgeName = net.Options?.get(BRIDGE_NAME);
      if (bridgeName !== undefined && bridgeName !== '') {
        findings.push({ field: `Options.${BRIDGE_NAME}`, found: bridgeName, summary: `network ${net.Name} names its bridge ${bridgeName}: a host bridge of that name is used as it is, containers on its segment`, fix: `drop -o ${BRIDGE_NAME}=... (the daemon names its own bridge br-<id>; compose: remove it from driver_opts); use a bridge or overlay network and publish ports` });
      }
      const defaultBridge = net.Options?.get(DEFAULT_BRIDGE);
      if (defaultBridge !== undefined && !GO_FALSE.has(defaultBridge)) {
        findings.push({ field: `Options.${DEFAULT_BRIDGE}`, found: defaultBridge, summary: `network ${net.Name} with default_bridge=${defaultBridge} takes the bridge docker0 (the default or a host bridge) as it is`, fix: `drop -o ${DEFAULT_BRIDGE}=... (compose: remove it from driver_opts)` });
      }
      const from = net.ConfigFrom?.Network ?? '';
      if (from !== '') {
        findings.push({ field: 'ConfigFrom.Network', found: from, summary: `${driver} network ${net.Name} takes its driver options (parent, bridge name) from ${from}, which dockgate cannot see`, fix: 'create the network with its options instead of --config-from, or have an admin create it' });
      }
      return findings;
    },
  }),
});
