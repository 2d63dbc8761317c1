import rule from '../../../src/rules/network-parent.js';
import { apiRequest, cli } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

/** The body the docker CLI sends for docker network create (the captured one's shape). */
const create = (fields: object) => apiRequest('POST', '/v1.41/networks/create', { Driver: 'bridge', Scope: '', IPAM: { Driver: 'default', Options: {}, Config: [] }, Internal: false, Attachable: false, Ingress: false, ConfigOnly: false, ConfigFrom: null, Options: {}, Labels: {}, Name: 'n', CheckDuplicate: true, ...fields });

testRule(rule, {
  valid: [
    { name: 'docker network create --internal dgnet (captured)', request: cli('network-create', 'network.create') },
    { name: 'overlay', request: create({ Driver: 'overlay', Attachable: true }) },
    { name: 'macvlan without a parent (a dummy interface)', request: create({ Driver: 'macvlan' }) },
    { name: 'bridge options without a bridge name', request: create({ Options: { 'com.docker.network.driver.mtu': '1400', 'com.docker.network.bridge.enable_icc': 'false', 'com.docker.network.bridge.gateway_mode_ipv4': 'nat' } }) },
    { name: 'an empty bridge name (the daemon names it br-<id>)', request: create({ Options: { 'com.docker.network.bridge.name': '' } }) },
    { name: 'default_bridge false, in every spelling Go reads as false', request: create({ Options: { 'com.docker.network.bridge.default_bridge': 'False' } }) },
    { name: 'default_bridge 0', request: create({ Options: { 'com.docker.network.bridge.default_bridge': '0' } }) },
    { name: 'a bridge-name key of another case is not the option (map keys are exact)', request: create({ Options: { 'com.docker.network.bridge.Name': 'br0' } }) },
    { name: 'an empty parent', request: create({ Driver: 'ipvlan', Options: { parent: '' } }) },
  ],
  invalid: [
    { name: 'docker network create -d macvlan -o parent=eth0', request: create({ Driver: 'macvlan', Name: 'lan', Options: { parent: 'eth0' } }), findings: [{ field: 'Options.parent', found: 'eth0', summary: "network lan (driver macvlan) on the host interface eth0: containers sit directly on the host's network segment" }] },
    { name: 'ipvlan on a VLAN sub-interface', request: create({ Driver: 'ipvlan', Options: { parent: 'eth0.10', ipvlan_mode: 'l2' } }), findings: [{ found: 'eth0.10' }] },
    { name: 'a config-only network with a parent', request: create({ Driver: 'null', ConfigOnly: true, Options: { parent: 'eth1' } }), findings: [{ found: 'eth1' }] },
    { name: 'macvlan --config-from', request: create({ Driver: 'macvlan', ConfigFrom: { Network: 'lan-config' } }), findings: [{ field: 'ConfigFrom.Network', found: 'lan-config' }] },
    // The body docker 26.1.5 sends for: docker network create -o com.docker.network.bridge.name=lanbr0
    //   --subnet 192.0.2.0/24 --gateway 192.0.2.1 --ip-range 192.0.2.128/25 lan
    // (seen in the daemon's debug log). With a bridge lanbr0 on the host, 20.10, 26.1 and 28.5 put the
    // containers' veths on it and leave it there at network rm.
    {
      name: 'docker network create -o com.docker.network.bridge.name=lanbr0 (a host bridge)',
      request: apiRequest('POST', '/v1.45/networks/create', '{"Name":"lan","CheckDuplicate":true,"Driver":"bridge","Scope":"","EnableIPv6":false,"IPAM":{"Driver":"default","Options":{},"Config":[{"Subnet":"192.0.2.0/24","IPRange":"192.0.2.128/25","Gateway":"192.0.2.1"}]},"Internal":false,"Attachable":false,"Ingress":false,"ConfigOnly":false,"ConfigFrom":null,"Options":{"com.docker.network.bridge.name":"lanbr0"},"Labels":{}}'),
      findings: [{ field: 'Options.com.docker.network.bridge.name', found: 'lanbr0', summary: 'network lan names its bridge lanbr0: a host bridge of that name is used as it is, containers on its segment' }],
    },
    { name: 'a bridge name with no driver (the daemon takes bridge)', request: create({ Driver: '', Options: { 'com.docker.network.bridge.name': 'br-app' } }), findings: [{ found: 'br-app' }] },
    { name: 'a config-only network holding a bridge name', request: create({ Driver: 'null', ConfigOnly: true, Options: { 'com.docker.network.bridge.name': 'br0' } }), findings: [{ found: 'br0' }] },
    { name: 'default_bridge=true takes docker0', request: create({ Options: { 'com.docker.network.bridge.default_bridge': 'true' } }), findings: [{ field: 'Options.com.docker.network.bridge.default_bridge', found: 'true', summary: 'network n with default_bridge=true takes the bridge docker0 (the default or a host bridge) as it is' }] },
    { name: 'default_bridge=1 (Go ParseBool true)', request: create({ Options: { 'com.docker.network.bridge.default_bridge': '1' } }), findings: [{ found: '1' }] },
    { name: 'a bridge --config-from (its options are in a network dockgate cannot see)', request: create({ Driver: 'bridge', ConfigFrom: { Network: 'br-config' } }), findings: [{ field: 'ConfigFrom.Network', found: 'br-config', summary: 'bridge network n takes its driver options (parent, bridge name) from br-config, which dockgate cannot see' }] },
    { name: 'the bridge name as Go decodes it (case-folded struct field, later map entries merged)', request: apiRequest('POST', '/v1.41/networks/create', '{"name":"x","options":{"com.docker.network.bridge.name":"br0"},"Options":{"com.docker.network.driver.mtu":"1400"}}'), findings: [{ found: 'br0' }] },
    { name: 'the key matched as Go decodes it (case-folded struct fields, exact map keys)', request: apiRequest('POST', '/v1.41/networks/create', '{"name":"x","DRIVER":"macvlan","options":{"parent":"eth0","Parent":"x"}}'), findings: [{ found: 'eth0' }] },
  ],
});
