import { defineRule, type Finding } from '../core/rule.js';
import { ALL, DEFAULT_CAPABILITIES, normalizeCapability } from './lib/capabilities.js';
import { CONTAINER_SPEC, containerSpecHandlers } from './lib/service.js';

interface Options {
  /** Capabilities that may be added (any spelling the daemon accepts). `ALL` is never allowed. */
  readonly allowed: readonly string[];
}

function check(adds: readonly string[] | null, field: string, flag: string, allowed: ReadonlySet<string>): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const raw of adds ?? []) {
    const cap = normalizeCapability(raw);
    if (seen.has(cap) || (cap !== ALL && allowed.has(cap))) continue;
    seen.add(cap);
    const shown = raw === cap || `CAP_${raw}` === cap ? cap : `${cap} (sent as ${JSON.stringify(raw)})`;
    if (cap === ALL) {
      findings.push({ field, found: shown, summary: `${field} adds ALL capabilities`, fix: `drop ${flag} ALL; add only the capabilities the workload needs` });
    } else {
      findings.push({ field, found: shown, summary: `${field} adds ${shown}, which the policy does not allow`, fix: `remove ${flag} ${cap.slice('CAP_'.length)}, or ask for it to be added to the capabilities option allowed` });
    }
  }
  return findings;
}

const DEFAULTS: Options = { allowed: DEFAULT_CAPABILITIES };

/**
 * CapAdd / CapabilityAdd outside an allowed set. Names are normalised like the daemon does
 * (Go's Unicode-aware ToUpper, `CAP_` prefix), so `sys_admin`, `Sys_Admin`, `CAP_SYS_ADMIN`
 * and `ſys_admin` are all CAP_SYS_ADMIN. Added capabilities are granted after the drops
 * (TweakCapabilities), so CapDrop never cancels an add.
 */
export default defineRule({
  meta: {
    id: 'capabilities',
    title: 'Add only allowed capabilities',
    summary: "`CapAdd` / service `CapabilityAdd` outside `allowed` (Docker's default set), normalised like the daemon; `ALL` always",
    cis: '5.4',
    severity: 'high',
    description: "HostConfig.CapAdd (docker run --cap-add) and a service's ContainerSpec.CapabilityAdd (docker service create --cap-add) may only add capabilities from the allowed set, Docker's default set unless the policy says otherwise. ALL is never allowed. Capabilities such as SYS_ADMIN, SYS_PTRACE, SYS_MODULE, DAC_READ_SEARCH, NET_ADMIN or BPF each open a known path from the container to the host.",
    remediation: 'Remove --cap-add for capabilities outside the allowed set; better, start from --cap-drop ALL and add back only what the workload needs from the allowed set (e.g. NET_BIND_SERVICE).',
    defaultAction: 'deny',
    operations: ['container.create', 'service.create', 'service.update'],
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allowed: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          uniqueItems: true,
          description: "Capabilities that may be added, e.g. ['NET_BIND_SERVICE'] (with or without CAP_, any case). ALL is ignored: it is never allowed. Default: Docker's default set.",
        },
      },
    },
  },
  defaultOptions: DEFAULTS,
  create(options) {
    // ALL in the option is ignored: it is never allowed.
    const allowed: ReadonlySet<string> = new Set(options.allowed.map(normalizeCapability).filter((c) => c !== ALL));
    return {
      'container.create': ({ body }) => check(body.hostConfig.CapAdd, 'HostConfig.CapAdd', '--cap-add', allowed),
      ...containerSpecHandlers((spec) => check(spec.CapabilityAdd, `${CONTAINER_SPEC}.CapabilityAdd`, '--cap-add', allowed)),
    };
  },
});
