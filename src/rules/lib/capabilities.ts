/**
 * Capability names the way the daemon reads them (oci/caps NormalizeLegacyCapabilities):
 * Go's strings.ToUpper, then a `CAP_` prefix unless present; `ALL` stays `ALL`.
 */

/** Printable ASCII: what every capability name the CLI sends is made of. */
const PRINTABLE_ASCII = /^[\u0020-\u007e]*$/;

/**
 * Go's strings.ToUpper: each code point through unicode.ToUpper, the SIMPLE case mapping
 * (one code point to one). JavaScript's toUpperCase applies the full mapping, which turns
 * some characters into several (`ß` → `SS`, `ﬀ` → `FF`); Go leaves those alone. Both map
 * `ſ` (U+017F) to `S` and `ı` (U+0131) to `I`.
 */
export function goToUpper(s: string): string {
  // On ASCII both map a-z to A-Z and change nothing else.
  if (PRINTABLE_ASCII.test(s)) return s.toUpperCase();
  let out = '';
  for (const ch of s) {
    const up = ch.toUpperCase();
    out += Array.from(up).length === 1 ? up : ch;
  }
  return out;
}

export const ALL = 'ALL';

/** The name the daemon stores for a CapAdd/CapDrop entry (`sys_admin` → `CAP_SYS_ADMIN`). */
export function normalizeCapability(raw: string): string {
  const upper = goToUpper(raw);
  if (upper === ALL) return ALL;
  return upper.startsWith('CAP_') ? upper : `CAP_${upper}`;
}

/** Docker's default capability set (oci/caps/defaults.go, unchanged from 20.10 to 29.x). */
export const DEFAULT_CAPABILITIES: readonly string[] = [
  'CAP_CHOWN',
  'CAP_DAC_OVERRIDE',
  'CAP_FSETID',
  'CAP_FOWNER',
  'CAP_MKNOD',
  'CAP_NET_RAW',
  'CAP_SETGID',
  'CAP_SETUID',
  'CAP_SETFCAP',
  'CAP_SETPCAP',
  'CAP_NET_BIND_SERVICE',
  'CAP_SYS_CHROOT',
  'CAP_KILL',
  'CAP_AUDIT_WRITE',
];

/**
 * Every Linux capability (linux/capability.h up to CAP_CHECKPOINT_RESTORE, 5.9+): the names
 * the daemon's oci/caps accepts. A policy's capabilities.allowed is checked against it.
 */
export const LINUX_CAPABILITIES: readonly string[] = [
  'CAP_CHOWN', 'CAP_DAC_OVERRIDE', 'CAP_DAC_READ_SEARCH', 'CAP_FOWNER', 'CAP_FSETID', 'CAP_KILL', 'CAP_SETGID',
  'CAP_SETUID', 'CAP_SETPCAP', 'CAP_LINUX_IMMUTABLE', 'CAP_NET_BIND_SERVICE', 'CAP_NET_BROADCAST', 'CAP_NET_ADMIN',
  'CAP_NET_RAW', 'CAP_IPC_LOCK', 'CAP_IPC_OWNER', 'CAP_SYS_MODULE', 'CAP_SYS_RAWIO', 'CAP_SYS_CHROOT', 'CAP_SYS_PTRACE',
  'CAP_SYS_PACCT', 'CAP_SYS_ADMIN', 'CAP_SYS_BOOT', 'CAP_SYS_NICE', 'CAP_SYS_RESOURCE', 'CAP_SYS_TIME',
  'CAP_SYS_TTY_CONFIG', 'CAP_MKNOD', 'CAP_LEASE', 'CAP_AUDIT_WRITE', 'CAP_AUDIT_CONTROL', 'CAP_SETFCAP',
  'CAP_MAC_OVERRIDE', 'CAP_MAC_ADMIN', 'CAP_SYSLOG', 'CAP_WAKE_ALARM', 'CAP_BLOCK_SUSPEND', 'CAP_AUDIT_READ',
  'CAP_PERFMON', 'CAP_BPF', 'CAP_CHECKPOINT_RESTORE',
];
