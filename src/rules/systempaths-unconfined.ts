import { defineRule, type Finding } from '../core/rule.js';

/** Docker's default masked paths (daemon/pkg/oci defaults; /sys/devices/virtual/powercap from 25.0). */
export const DEFAULT_MASKED_PATHS: readonly string[] = [
  '/proc/asound', '/proc/acpi', '/proc/interrupts', '/proc/kcore', '/proc/keys', '/proc/latency_stats', '/proc/timer_list',
  '/proc/timer_stats', '/proc/sched_debug', '/proc/scsi', '/sys/firmware', '/sys/devices/virtual/powercap',
];
export const DEFAULT_READONLY_PATHS: readonly string[] = ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'];

function check(list: readonly string[] | null, field: string, defaults: readonly string[]): Finding[] {
  // nil means "the daemon's defaults"; any list, even empty, replaces them.
  if (list === null) return [];
  const missing = defaults.filter((p) => !list.includes(p));
  if (missing.length === 0) return [];
  const found = list.length === 0 ? '[]' : `a list without ${missing.join(', ')}`;
  return [{ field, found, summary: `${field}=${found} unmasks /proc and /sys paths the daemon protects by default`, fix: 'remove --security-opt systempaths=unconfined (leave MaskedPaths and ReadonlyPaths unset)' }];
}

/**
 * `--security-opt systempaths=unconfined` arrives as `MaskedPaths: []` and
 * `ReadonlyPaths: []`. The daemon uses its defaults only when the field is null; any list
 * replaces them, so a list that leaves out a default path unmasks it too.
 */
export default defineRule({
  meta: {
    id: 'systempaths-unconfined',
    title: 'Do not unmask /proc and /sys',
    summary: "`MaskedPaths` / `ReadonlyPaths` set to `[]` (`systempaths=unconfined`) or missing a default path",
    cis: undefined,
    severity: 'high',
    description: 'By default the daemon masks /proc/kcore, /proc/keys, /proc/timer_list, /sys/firmware and others, and makes /proc/sys, /proc/sysrq-trigger, /proc/irq... read-only. HostConfig.MaskedPaths / ReadonlyPaths set to an empty list (docker run --security-opt systempaths=unconfined), or to a list missing a default path, removes that protection: the container can read kernel memory and keys or write kernel settings (with the capabilities to do so).',
    remediation: 'Remove --security-opt systempaths=unconfined; API clients should leave MaskedPaths and ReadonlyPaths unset (null) or include every default path.',
    defaultAction: 'deny',
    operations: ['container.create'],
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  },
  defaultOptions: {},
  create: () => ({
    'container.create': ({ body: { hostConfig } }) => [
      ...check(hostConfig.MaskedPaths, 'HostConfig.MaskedPaths', DEFAULT_MASKED_PATHS),
      ...check(hostConfig.ReadonlyPaths, 'HostConfig.ReadonlyPaths', DEFAULT_READONLY_PATHS),
    ],
  }),
});
