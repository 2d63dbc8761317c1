import rule from '../../../src/rules/image-tag.js';
import { apiRequest, cli } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

const image = (ref: string) => apiRequest('POST', '/v1.41/containers/create', { Image: ref });
const DIGEST = `sha256:${'a'.repeat(64)}`;

testRule(rule, {
  valid: [
    { name: 'docker run busybox:1.36', request: cli('run-plain', 'container.create') },
    { name: 'docker service update of a busybox:1.36 service', request: cli('service-update', 'service.update') },
    { name: 'a digest', request: image(`busybox@${DIGEST}`) },
    { name: 'a tag and a digest', request: image(`registry:5000/team/app:latest@${DIGEST}`) },
    { name: 'an image ID', request: image('a'.repeat(64)) },
    { name: 'a registry with a port and a version tag', request: image('registry.example.com:5000/app:2.1') },
    { name: 'a digest when requireDigest', request: image(`busybox@${DIGEST}`), options: { requireDigest: true } },
  ],
  invalid: [
    { name: 'docker run busybox:latest', request: cli('run-latest', 'container.create'), findings: [{ field: 'Config.Image', found: 'dockgate-test/busybox:latest' }] },
    { name: 'no tag', request: image('busybox'), findings: [{ found: 'busybox' }] },
    { name: 'a registry port is not a tag', request: image('registry.example.com:5000/app'), findings: [{}] },
    { name: 'a version tag when requireDigest', request: image('busybox:1.36'), options: { requireDigest: true }, findings: [{ found: 'busybox:1.36' }] },
    { name: 'service update to an image without tag', request: apiRequest('POST', '/v1.41/services/s1/update?version=3', { Name: 's', TaskTemplate: { ContainerSpec: { Image: 'nginx' } } }), findings: [{ field: 'TaskTemplate.ContainerSpec.Image', found: 'nginx' }] },
    { name: 'service image without tag', request: apiRequest('POST', '/v1.41/services/create', { Name: 's', TaskTemplate: { ContainerSpec: { Image: 'nginx' } } }), findings: [{ field: 'TaskTemplate.ContainerSpec.Image' }] },
  ],
});
