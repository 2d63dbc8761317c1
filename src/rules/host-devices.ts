import { defineRule, type Finding } from '../core/rule.js';
import { globMatcher } from './lib/glob.js';
import { goPathClean } from './lib/paths.js';

interface Options {
  /** Host device paths (globs) that may be passed with --device. */
  readonly allowedDevices: readonly string[];
  /** Allow --device-cgroup-rule. */
  readonly allowCgroupRules: boolean;
  /** Allow DeviceRequests (--gpus). */
  readonly allowDeviceRequests: boolean;
}

const DEFAULTS: Options = { allowedDevices: [], allowCgroupRules: false, allowDeviceRequests: false };

/**
 * `--device` (HostConfig.Devices: a path on the host; a folder adds every device below it),
 * `--device-cgroup-rule` (free-form cgroup device rules: `a *:* rwm` is every device), and
 * `--gpus` (DeviceRequests). Devices are also resources that `docker update` cannot change.
 */
export default defineRule({
  meta: {
    id: 'host-devices',
    title: 'Do not expose host devices',
    summary: "`Devices`, `DeviceCgroupRules`, `DeviceRequests` (`--gpus`)",
    cis: '5.18',
    severity: 'high',
    description: 'HostConfig.Devices gives the container a host device node (a disk such as /dev/sda is the whole host filesystem; /dev/mem, /dev/kmsg, /dev/fuse...); a folder such as /dev adds every device under it. DeviceCgroupRules let the container use (and mknod) devices by number, e.g. b 8:* rwm for every SCSI disk. DeviceRequests (--gpus) hand devices to a vendor hook.',
    remediation: 'Remove --device, --device-cgroup-rule and --gpus; if a workload needs one specific device (e.g. /dev/fuse), list it in the host-devices option allowedDevices, or exempt a digest-pinned image.',
    defaultAction: 'deny',
    operations: ['container.create'],
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allowedDevices: { type: 'array', items: { type: 'string', minLength: 1 }, description: "Host device paths (micromatch globs, e.g. '/dev/fuse') that --device may pass." },
        allowCgroupRules: { type: 'boolean', description: 'Allow --device-cgroup-rule.' },
        allowDeviceRequests: { type: 'boolean', description: 'Allow DeviceRequests: --gpus, and on dockerd 28.x --device with a CDI name (vendor.com/class=name), which injects whatever its CDI spec on the host lists.' },
      },
    },
  },
  defaultOptions: DEFAULTS,
  create(options) {
    const allowed = globMatcher(options.allowedDevices);
    return {
      'container.create': ({ body: { hostConfig: hc } }) => {
        const findings: Finding[] = [];
        (hc.Devices ?? []).forEach((d, i) => {
          const path = goPathClean(d.PathOnHost);
          if (allowed(path)) return;
          findings.push({ field: `HostConfig.Devices[${i}].PathOnHost`, found: d.PathOnHost, summary: `HostConfig.Devices passes the host device ${d.PathOnHost}`, fix: 'remove --device (or allow that device in the host-devices option allowedDevices)' });
        });
        if (!options.allowCgroupRules) {
          (hc.DeviceCgroupRules ?? []).forEach((rule, i) => {
            findings.push({ field: `HostConfig.DeviceCgroupRules[${i}]`, found: rule, summary: `HostConfig.DeviceCgroupRules allows devices '${rule}'`, fix: 'remove --device-cgroup-rule' });
          });
        }
        if (!options.allowDeviceRequests) {
          (hc.DeviceRequests ?? []).forEach((r, i) => {
            const what = [r.Driver, ...(r.Capabilities ?? []).map((c) => (c ?? []).join('+'))].filter((s) => s !== '').join(' ') || 'devices';
            // dockerd 28.x sends a CDI device (--device vendor.com/class=name) as a request of the cdi driver
            const cdi = r.Driver === 'cdi';
            const shown = cdi && (r.DeviceIDs ?? []).length > 0 ? `cdi ${(r.DeviceIDs ?? []).join(',')}` : what;
            findings.push({ field: `HostConfig.DeviceRequests[${i}]`, found: shown, summary: `HostConfig.DeviceRequests asks for ${shown}`, fix: cdi ? 'remove --device with a CDI name (vendor.com/class=name): its spec on the host decides what it injects (or allow device requests with the host-devices option allowDeviceRequests)' : 'remove --gpus (or allow it with the host-devices option allowDeviceRequests)' });
          });
        }
        return findings;
      },
    };
  },
});
