import rule from '../../../src/rules/privileged.js';
import { apiRequest, cli } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

const create = (body: object) => apiRequest('POST', '/v1.41/containers/create', body);

testRule(rule, {
  valid: [
    { name: 'docker run --memory 64m --network none', request: cli('run-compliant', 'container.create') },
    { name: 'docker run --cap-add SYS_ADMIN (not privileged)', request: cli('run-caps', 'container.create') },
    { name: 'docker exec', request: cli('exec-plain', 'container.exec') },
    { name: 'docker exec -u root (another rule)', request: cli('exec-root', 'container.exec') },
    { name: 'Privileged false after true (last wins)', request: create({ Image: 'x', HostConfig: { Privileged: true }, hostconfig: { privileged: false } }) },
  ],
  invalid: [
    { name: 'docker run --privileged', request: cli('run-privileged', 'container.create'), findings: [{ field: 'HostConfig.Privileged', found: 'true' }] },
    { name: 'docker exec --privileged', request: cli('exec-privileged', 'container.exec'), findings: [{ field: 'Privileged', found: 'true', cis: '5.23' }] },
    { name: 'lower-case keys', request: create({ image: 'x', hostconfig: { privileged: true } }), findings: [{ field: 'HostConfig.Privileged' }] },
    { name: 'key spelled with U+017F', request: apiRequest('POST', '/containers/create', '{"Image":"x","HostConfig":{"Privileged":false,"Privileged":true,"Privileged":null}}'), findings: [{ found: 'true' }] },
    { name: 'exec with case-variant key', request: apiRequest('POST', '/v1.41/containers/c1/exec', '{"Cmd":["sh"],"PRIVILEGED":true}'), findings: [{ field: 'Privileged' }] },
  ],
});
