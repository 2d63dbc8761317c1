import { defineFieldRule } from '../core/field-rule.js';

export default defineFieldRule({
  meta: {
    id: 'publish-all-ports',
    title: 'Publish only the ports you need',
    summary: "`PublishAllPorts` (`-P`)",
    cis: '5.9',
    severity: 'low',
    description: 'HostConfig.PublishAllPorts (docker run -P) publishes every port the image EXPOSEs, on random host ports of every interface, including ones the operator never meant to open.',
    remediation: 'Drop -P and publish the needed ports explicitly with -p 127.0.0.1:HOSTPORT:PORT.',
    defaultAction: 'warn',
    operations: ['container.create'],
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  },
  defaultOptions: {},
  tests: () => ({
    'container.create': {
      field: 'HostConfig.PublishAllPorts',
      values: ({ body }) => [body.hostConfig.PublishAllPorts],
      bad: (publishAll) => publishAll === true,
      finding: { fix: 'drop -P and publish the needed ports with -p' },
    },
  }),
});
