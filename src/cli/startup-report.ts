/**
 * What dockgate found about the daemon at start, one JSON line each on stdout (the decision
 * log's stream): which daemon configuration the BuildKit gate reads and what it says. Written
 * after `serve` listens; nothing here can stop it from serving.
 */
import { hostname } from 'node:os';
import { daemonConfigPath, readEntitlements } from '../rules/lib/daemon-config.js';

function line(message: string, fields: Readonly<Record<string, unknown>>): string {
  return `${JSON.stringify({ timestamp: new Date().toISOString(), level: 'info', message, host: hostname(), ...fields })}\n`;
}

/** The start-up report lines (exported for tests). */
export function startupReport(): string[] {
  const read = readEntitlements();
  const buildkit =
    read.state === 'ok'
      ? { state: 'read', networkHost: read.networkHost ?? 'not set (granted)', securityInsecure: read.securityInsecure ?? 'not set (not granted)', device: read.device ?? 'not set', unknownEntitlements: read.unknown }
      : read.state === 'missing'
        ? { state: 'missing' }
        : { state: 'unreadable', reason: read.reason };
  const allowed = read.state === 'ok' && read.networkHost === false && read.securityInsecure !== true && read.device !== true && read.unknown.length === 0;
  return [line(`daemon configuration ${daemonConfigPath()}: BuildKit builds are ${allowed ? 'allowed (no host entitlements)' : 'denied by buildkit-entitlements unless it is set to warn'}`, { event: 'daemon-config', daemonConfig: daemonConfigPath(), buildkit })];
}

export function writeStartupReport(): void {
  try {
    for (const l of startupReport()) process.stdout.write(l);
  } catch {
    // A report that cannot be written must not stop the plugin.
  }
}
