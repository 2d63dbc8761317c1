import { defineFieldRule } from '../core/field-rule.js';

export default defineFieldRule({
  meta: {
    id: 'default-bridge',
    title: 'Do not use the default bridge network',
    summary: "`NetworkMode` empty, `default` or `bridge`",
    cis: '5.30',
    severity: 'low',
    description: "NetworkMode '', 'default' or 'bridge' attaches the container to docker0, the default bridge, where every container can reach every other one (no network isolation, legacy links, no built-in DNS).",
    remediation: 'Create a user-defined network per application (docker network create app) and run with --network app, or --network none if no network is needed.',
    defaultAction: 'warn',
    operations: ['container.create'],
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  },
  defaultOptions: {},
  tests: () => {
    const finding = { summary: 'container on the default bridge network', fix: 'use a user-defined network (--network app) or --network none' };
    return {
      'container.create': {
        field: 'HostConfig.NetworkMode',
        values: ({ body }) => [body.hostConfig.NetworkMode],
        bad: (mode) => mode === '' || mode === 'default' || mode === 'bridge',
        finding: (mode) => (mode === '' ? { ...finding, found: '(default)' } : finding),
      },
    };
  },
});
