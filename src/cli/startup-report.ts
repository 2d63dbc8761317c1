/**
 * What dockgate found about the daemon at start, one JSON line each on stdout (the decision
 * log's stream): which daemon configuration the BuildKit gate reads and what it says, and which
 * plugin references self-protection protects. Written after `serve` listens; nothing here can
 * stop it from serving.
 */
import { hostname } from 'node:os';
import { loadPolicyFile } from '../policy/load.js';
import { daemonConfigPath, readDaemonConfig } from '../host/daemon-config.js';
import { liveContext } from '../rules/lib/context.js';
import selfProtection, { protectedReferences, type SelfProtectionOptions } from '../rules/self-protection.js';

function line(message: string, fields: Readonly<Record<string, unknown>>): string {
  return `${JSON.stringify({ timestamp: new Date().toISOString(), level: 'info', message, host: hostname(), ...fields })}\n`;
}

/** self-protection's options in the policy file (its defaults when the file cannot be read: serve then uses a fallback). */
function selfProtectionOptions(policyFile: string | undefined): SelfProtectionOptions {
  const defaults = selfProtection.defaultOptions as SelfProtectionOptions;
  if (policyFile === undefined) return defaults;
  try {
    const compiled = loadPolicyFile(policyFile).rules.find((r) => r.rule.meta.id === 'self-protection');
    return (compiled?.options ?? defaults) as SelfProtectionOptions;
  } catch {
    return defaults;
  }
}

/** The start-up report lines (exported for tests). */
export function startupReport(policyFile?: string): string[] {
  const read = readDaemonConfig();
  const buildkit =
    read.state === 'ok'
      ? { state: 'read', networkHost: read.networkHost ?? 'not set (granted)', securityInsecure: read.securityInsecure ?? 'not set (not granted)', device: read.device ?? 'not set', unknownEntitlements: read.unknown }
      : read.state === 'missing'
        ? { state: 'missing' }
        : { state: 'unreadable', reason: read.reason };
  const allowed = read.state === 'ok' && read.networkHost === false && read.securityInsecure !== true && read.device !== true && read.unknown.length === 0;
  const refs = protectedReferences(selfProtectionOptions(policyFile), liveContext);
  return [
    line(`daemon configuration ${daemonConfigPath()}: BuildKit builds are ${allowed ? 'allowed (no host entitlements)' : 'denied by buildkit-entitlements unless it is set to warn'}`, { event: 'daemon-config', daemonConfig: daemonConfigPath(), buildkit }),
    line('self-protection: disable, rm, set and upgrade are admin-only for these references, and for every plugin not in otherPlugins', { event: 'self-protection', ...refs }),
  ];
}

export function writeStartupReport(policyFile?: string): void {
  try {
    for (const l of startupReport(policyFile)) process.stdout.write(l);
  } catch {
    // A report that cannot be written must not stop the plugin.
  }
}
