import { defineCheckRule } from '../engine/types.js';

export default defineCheckRule({
  meta: {
    id: 'default-bridge',
    title: 'Do not use the default bridge network',
    cis: '5.30',
    severity: 'low',
    description: "NetworkMode '', 'default' or 'bridge' attaches the container to docker0, the default bridge, where every container can reach every other one (no network isolation, legacy links, no built-in DNS).",
    remediation: 'Create a user-defined network per application (docker network create app) and run with --network app, or --network none if no network is needed.',
    defaultAction: 'warn',
    operations: ['container.create'],
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  },
  defaultOptions: {},
  check(request) {
    if (request.body.kind !== 'container.create') return [];
    const mode = request.body.hostConfig.NetworkMode;
    if (mode !== '' && mode !== 'default' && mode !== 'bridge') return [];
    return [{ field: 'HostConfig.NetworkMode', found: mode || '(default)', summary: 'container on the default bridge network', fix: 'use a user-defined network (--network app) or --network none' }];
  },
});
