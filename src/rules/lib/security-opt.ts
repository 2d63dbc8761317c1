/**
 * Reads HostConfig.SecurityOpt the way the daemon does (daemon_unix.go parseSecurityOpt):
 * entries are `key=value`, or the legacy `key:value` when there is no `=`, plus the bare
 * words `no-new-privileges` and `disable`. A later entry for the same key wins.
 */
import { memoByObject } from '../../engine/memo.js';

export interface SecurityOpts {
  /** The seccomp profile the daemon will use: undefined for the default. */
  readonly seccomp: string | undefined;
  readonly apparmor: string | undefined;
  readonly labels: readonly string[];
  readonly noNewPrivileges: string | undefined;
  /** Entries the daemon rejects (it fails the create). */
  readonly invalid: readonly string[];
}

const NONE: SecurityOpts = { seccomp: undefined, apparmor: undefined, labels: [], noNewPrivileges: undefined, invalid: [] };

/** Parsed lists: four rules read the same request's SecurityOpt, which is parsed once. */
const parsed = memoByObject(readSecurityOpts);

/** The options the entries set (shared between rules: read them, never change them). */
export function parseSecurityOpts(entries: readonly string[] | null): SecurityOpts {
  return entries === null ? NONE : parsed(entries);
}

function readSecurityOpts(entries: readonly string[]): SecurityOpts {
  let seccomp: string | undefined;
  let apparmor: string | undefined;
  let noNewPrivileges: string | undefined;
  const labels: string[] = [];
  const invalid: string[] = [];
  for (const opt of entries) {
    if (opt === 'no-new-privileges') {
      noNewPrivileges = 'true';
      continue;
    }
    if (opt === 'disable') {
      labels.push('disable');
      continue;
    }
    const sep = opt.includes('=') ? '=' : opt.includes(':') ? ':' : undefined;
    if (sep === undefined) {
      invalid.push(opt);
      continue;
    }
    const at = opt.indexOf(sep);
    const key = opt.slice(0, at);
    const value = opt.slice(at + 1);
    switch (key) {
      case 'label':
        labels.push(value);
        break;
      case 'apparmor':
        apparmor = value;
        break;
      case 'seccomp':
        seccomp = value;
        break;
      case 'no-new-privileges':
        noNewPrivileges = value;
        break;
      default:
        invalid.push(opt);
    }
  }
  return { seccomp, apparmor, labels, noNewPrivileges, invalid };
}
