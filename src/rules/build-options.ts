import { defineRule, type Finding } from '../core/rule.js';
import { queryValue } from '../request/uri.js';

/**
 * POST /build takes its options from the query (and from form bodies, which dockgate denies
 * with DG_FORM_BODY because it cannot see them). `networkmode=host` runs every RUN step in
 * the host's network namespace; `container:<id>` in another container's; `cgroupparent`
 * moves build containers out of the daemon's cgroup.
 */
export default defineRule({
  meta: {
    id: 'build-options',
    title: 'No host access for image builds',
    summary: "`POST /build?networkmode=host` (or `container:`), `cgroupparent`",
    cis: '5.10',
    severity: 'high',
    description: "docker build --network host (POST /build?networkmode=host) runs every RUN step of a Dockerfile the requester wrote in the host's network namespace, with access to every host port and loopback service; networkmode=container:<id> joins another container's namespace. cgroupparent places build containers in a cgroup of the requester's choice.",
    remediation: 'Build without --network host (the default bridge network reaches registries), and without --cgroup-parent.',
    defaultAction: 'deny',
    operations: ['image.build'],
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  },
  defaultOptions: {},
  create: () => ({
    'image.build': ({ query }) => {
      const findings: Finding[] = [];
      const network = queryValue(query, 'networkmode') ?? '';
      if (network === 'host' || network.startsWith('container:')) {
        findings.push({ field: 'networkmode', found: network, summary: `build with networkmode=${network}`, fix: 'remove --network from docker build' });
      }
      const cgroup = queryValue(query, 'cgroupparent') ?? '';
      if (cgroup !== '') {
        findings.push({ field: 'cgroupparent', found: cgroup, summary: `build with cgroupparent=${cgroup}`, fix: 'remove --cgroup-parent from docker build' });
      }
      return findings;
    },
  }),
});
