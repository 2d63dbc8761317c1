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
    { name: 'bridge options', request: create({ Options: { 'com.docker.network.bridge.name': 'br-app' } }) },
    { name: 'an empty parent', request: create({ Driver: 'ipvlan', Options: { parent: '' } }) },
  ],
  invalid: [
    { name: 'docker network create -d macvlan -o parent=eth0', request: create({ Driver: 'macvlan', Name: 'lan', Options: { parent: 'eth0' } }), findings: [{ field: 'Options.parent', found: 'eth0', summary: "network lan (driver macvlan) on the host interface eth0: containers sit directly on the host's network segment" }] },
    { name: 'ipvlan on a VLAN sub-interface', request: create({ Driver: 'ipvlan', Options: { parent: 'eth0.10', ipvlan_mode: 'l2' } }), findings: [{ found: 'eth0.10' }] },
    { name: 'a config-only network with a parent', request: create({ Driver: 'null', ConfigOnly: true, Options: { parent: 'eth1' } }), findings: [{ found: 'eth1' }] },
    { name: 'macvlan --config-from', request: create({ Driver: 'macvlan', ConfigFrom: { Network: 'lan-config' } }), findings: [{ field: 'ConfigFrom.Network', found: 'lan-config' }] },
    { name: 'the key matched as Go decodes it (case-folded struct fields, exact map keys)', request: apiRequest('POST', '/v1.41/networks/create', '{"name":"x","DRIVER":"macvlan","options":{"parent":"eth0","Parent":"x"}}'), findings: [{ found: 'eth0' }] },
  ],
});
