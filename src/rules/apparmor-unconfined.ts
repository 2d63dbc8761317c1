import { defineRule, type Finding } from '../core/rule.js';
import type { RequestOf } from '../request/decode-request.js';
import { globMatcher } from './lib/glob.js';
import { parseSecurityOpts } from './lib/security-opt.js';
import { CONTAINER_SPEC, SERVICE_OPERATIONS, containerSpecOf, privilegesIgnored, type ServiceOperation } from './lib/service.js';

interface Options {
  /** AppArmor profiles (host-loaded, by name) containers may ask for; `unconfined` never counts. */
  readonly allowedProfiles: readonly string[];
}

const DEFAULTS: Options = { allowedProfiles: ['docker-default'] };

/** Swarm's AppArmor modes that keep the default profile (swarm.AppArmorMode). */
const SAFE_SERVICE_MODES = new Set(['', 'default']);

export default defineRule({
  meta: {
    id: 'apparmor-unconfined',
    title: 'Do not disable AppArmor',
    summary: "`SecurityOpt` `apparmor=unconfined` / `apparmor:unconfined`, and any host profile outside `allowedProfiles` (default `docker-default`); service AppArmor mode `disabled` or unknown (API 1.44+: older API versions and 20.10 ignore the field)",
    cis: '5.2',
    severity: 'high',
    description: "SecurityOpt 'apparmor=unconfined' (or 'apparmor:unconfined') runs the container without the docker-default AppArmor profile, which blocks writes to /proc and /sys and mounts. Any other profile name is a profile loaded on the host, which may confine less than docker-default (a profile written for another program, or one in complain mode): only the profiles in allowedProfiles pass (default: docker-default). Swarm services (API 1.44+, daemon 25+; older API versions and daemons ignore the field): ContainerSpec.Privileges.AppArmor.Mode 'disabled' (the task runs apparmor=unconfined), or a mode dockgate does not know.",
    remediation: 'Remove --security-opt apparmor=...; if the default profile is too strict, load a custom profile on the host, review it, add its name to the apparmor-unconfined option allowedProfiles and use --security-opt apparmor=<profile>.',
    defaultAction: 'deny',
    operations: ['container.create', ...SERVICE_OPERATIONS],
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allowedProfiles: { type: 'array', items: { type: 'string', minLength: 1 }, description: "AppArmor profile names (micromatch globs) containers may run under with --security-opt apparmor=<name>, e.g. ['docker-default', 'acme-*']. 'unconfined' never passes." },
      },
    },
  },
  defaultOptions: DEFAULTS,
  create(options) {
    const allowed = globMatcher(options.allowedProfiles);
    const service = (request: RequestOf<ServiceOperation>): readonly Finding[] => {
      const mode = containerSpecOf(request)?.Privileges?.AppArmor?.Mode;
      if (mode === undefined || SAFE_SERVICE_MODES.has(mode) || privilegesIgnored(request)) return [];
      const field = `${CONTAINER_SPEC}.Privileges.AppArmor.Mode`;
      if (mode === 'disabled') {
        return [{ field, found: mode, summary: `${field}=disabled: the task runs with apparmor=unconfined`, fix: 'remove Privileges.AppArmor Mode "disabled" from the service (keep the default mode)' }];
      }
      return [{
        field,
        found: mode,
        summary: `${field}=${JSON.stringify(mode)} is not a mode dockgate knows (default, disabled); daemons up to 28.5 run it as default, a newer one may not`,
        fix: 'use Mode "default" (or leave AppArmor out)',
      }];
    };
    return {
      'container.create': ({ body }) => {
        const profile = parseSecurityOpts(body.hostConfig.SecurityOpt).apparmor;
        // undefined and '' are the daemon's default (docker-default, or none on a host without AppArmor)
        if (profile === undefined || profile === '') return [];
        if (profile === 'unconfined') {
          return [{ field: 'HostConfig.SecurityOpt', found: 'apparmor=unconfined', fix: 'remove --security-opt apparmor=unconfined; use a custom AppArmor profile if the default one is too strict' }];
        }
        if (allowed(profile)) return [];
        return [{
          field: 'HostConfig.SecurityOpt',
          found: `apparmor=${profile}`,
          summary: `HostConfig.SecurityOpt apparmor=${profile}: a host AppArmor profile that is not in allowedProfiles (it may confine less than docker-default)`,
          fix: `remove --security-opt apparmor=${profile}, or review the profile and add "${profile}" to the apparmor-unconfined option allowedProfiles`,
        }];
      },
      'service.create': service,
      'service.update': service,
    };
  },
});
