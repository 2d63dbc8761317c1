import rule from '../../../src/rules/build-options.js';
import { apiRequest, cli } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

const build = (query: string) => apiRequest('POST', `/v1.41/build?${query}`, undefined, { 'Content-Type': 'application/x-tar' });

testRule(rule, {
  valid: [
    { name: 'docker build -t x .', request: build('dockerfile=Dockerfile&t=x&version=1') },
    { name: 'networkmode=none', request: build('networkmode=none&t=x') },
    { name: 'a second networkmode is ignored (first value wins)', request: build('networkmode=default&networkmode=host') },
  ],
  invalid: [
    { name: 'docker build --network host (captured)', request: cli('build-network-host', 'image.build'), findings: [{ field: 'networkmode', found: 'host' }] },
    { name: 'networkmode=container:<id>', request: build('networkmode=container:abc'), findings: [{ found: 'container:abc' }] },
    { name: 'percent-encoded', request: build('network%6Dode=%68ost'), findings: [{ found: 'host' }] },
    { name: '--cgroup-parent', request: build('cgroupparent=%2F'), findings: [{ field: 'cgroupparent', found: '/' }] },
  ],
});
