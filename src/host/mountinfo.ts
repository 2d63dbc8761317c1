/**
 * /proc/self/mountinfo, read as the kernel writes it: the mounts this process sees (the policy
 * fallback's stale-mount diagnosis, the managed plugin's own identity).
 */
/** One line of /proc/self/mountinfo, the fields that matter here. */
export interface MountEntry {
  /** The path inside the mounted filesystem that is mounted (ends in `//deleted` when that folder was deleted). */
  readonly root: string;
  readonly mountPoint: string;
}

/** Undoes mountinfo's octal escapes (`\040` for a space...). */
function unescape(field: string): string {
  return field.replace(/\\([0-7]{3})/g, (_m, oct: string) => String.fromCharCode(parseInt(oct, 8)));
}

export function parseMountinfo(text: string): MountEntry[] {
  const out: MountEntry[] = [];
  for (const line of text.split('\n')) {
    const f = line.split(' ');
    const root = f[3];
    const mountPoint = f[4];
    if (root === undefined || mountPoint === undefined) continue;
    out.push({ root: unescape(root), mountPoint: unescape(mountPoint) });
  }
  return out;
}
