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
