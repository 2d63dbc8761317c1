import { defineRule, type Finding } from '../core/rule.js';
import type { RequestOf } from '../request/decode-request.js';

const FIX_SNIPPET = '"builder": {"entitlements": {"network-host": false}}';

/**
 * BuildKit (the docker CLI's default builder) talks to the daemon over `POST /session` and
 * `POST /grpc`, HTTP upgrades to h2c with no body: the build's options (`--network host`,
 * `RUN --network=host`, `--allow security.insecure`) travel inside gRPC, where no AuthZ plugin
 * can read them. What a build may do is decided by the daemon's builder entitlements, which
 * only daemon.json sets. So BuildKit is allowed only while daemon.json takes away every
 * entitlement that gives a build the host. daemon.json comes from the rule context (read from
 * the host as it is at each build request).
 */
export default defineRule({
  meta: {
    id: 'buildkit-entitlements',
    title: 'BuildKit only without host entitlements',
    summary: "BuildKit (`POST /session`, `POST /grpc`) unless the daemon's daemon.json (read by dockgate: `--daemon-config`, default `/etc/docker/daemon.json` under the host root) sets `\"builder\": {\"entitlements\": {\"network-host\": false}}` and grants no insecure entitlement",
    cis: '5.10',
    severity: 'high',
    description: "POST /session and POST /grpc (BuildKit builds: docker build on current CLIs, docker buildx build) are allowed only when the daemon's configuration file (daemon.json, read by dockgate from the host) sets \"builder\": {\"entitlements\": {\"network-host\": false}} and grants no insecure entitlement (security-insecure, device, or any entitlement dockgate does not know, unless false). dockerd grants network-host by default, which lets any build run RUN steps in the host's network namespace (docker buildx build --network host). The build's own options travel inside gRPC: no plugin can see them. From dockerd 29.2, gRPC over HTTP/2 reaches BuildKit without any AuthZ call at all.",
    remediation: `Add ${FIX_SNIPPET} to /etc/docker/daemon.json and restart dockerd (the builder section is not reloaded on SIGHUP). To allow BuildKit anyway, set this rule to warn: builds are then allowed and logged with this finding.`,
    defaultAction: 'deny',
    operations: ['grpc', 'session'],
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  },
  defaultOptions: {},
  create(_options, context) {
    const handler = (request: RequestOf<'grpc' | 'session'>): readonly Finding[] => {
      const field = 'daemon.json builder.entitlements';
      const read = context.daemonConfig();
      const restart = 'and restart dockerd';
      if (read.state === 'missing') {
        return [{ field, found: `${read.path} not found`, summary: `BuildKit build (${request.path}) on a daemon with no ${read.path}: dockerd grants the network-host entitlement by default`, fix: `create ${read.path} with {${FIX_SNIPPET}} ${restart} (or point dockgate serve --daemon-config at the daemon's --config-file)` }];
      }
      if (read.state === 'unreadable') {
        return [{ field, found: `${read.path} unreadable`, summary: `BuildKit build (${request.path}): dockgate cannot read the daemon's configuration ${read.path} (${read.reason}), so it cannot tell which entitlements builds have`, fix: `make ${read.path} valid and readable by dockgate, with ${FIX_SNIPPET}` }];
      }
      const findings: Finding[] = [];
      if (read.networkHost !== false) {
        findings.push({ field: `${field}.network-host`, found: read.networkHost === null ? '(not set: granted)' : 'true', summary: `BuildKit build (${request.path}) on a daemon that grants the network-host entitlement: a build can run RUN steps in the host's network namespace`, fix: `set ${FIX_SNIPPET} in ${read.path} ${restart}` });
      }
      if (read.securityInsecure === true) {
        findings.push({ field: `${field}.security-insecure`, found: 'true', summary: 'BuildKit build on a daemon that grants the security.insecure entitlement (privileged RUN steps)', fix: `remove "security-insecure": true from the builder entitlements in ${read.path} ${restart}` });
      }
      if (read.device === true) {
        findings.push({ field: `${field}.device`, found: 'true', summary: 'BuildKit build on a daemon that grants the device entitlement (host devices in RUN steps)', fix: `remove "device": true from the builder entitlements in ${read.path} ${restart}` });
      }
      for (const key of read.unknown) {
        findings.push({ field: `${field}.${key}`, found: key, summary: `BuildKit build on a daemon whose configuration sets the entitlement "${key}", which dockgate does not know`, fix: `remove "${key}" from the builder entitlements in ${read.path}, or set it to false, ${restart}` });
      }
      return findings;
    };
    return { grpc: handler, session: handler };
  },
});
