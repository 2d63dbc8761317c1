/**
 * Reads HostConfig.SecurityOpt the way the daemon does (daemon_unix.go parseSecurityOpt, the
 * same loop in 20.10, 26.1 and 28.5): the bare words `no-new-privileges`, `disable` and (28.0+)
 * `writable-cgroups`; otherwise `key=value`, or the legacy `key:value` when the entry has no
 * `=`, split at the first separator. A later entry for the same key wins; labels accumulate.
 *
 * Keys the daemons know: label, apparmor, seccomp, no-new-privileges, and from 28.0
 * writable-cgroups. Any other key fails the create on every tested daemon today, but a newer
 * daemon may give it a meaning: `entries` keeps every entry with its key so that a rule can
 * allow the known ones and deny the rest by name.
 */
import { perRequest } from './per-request.js';

/** The keys whose effect dockgate knows (what each does is judged by the rule that owns it). */
export const KNOWN_SECURITY_OPT_KEYS = ['label', 'apparmor', 'seccomp', 'no-new-privileges', 'writable-cgroups'] as const;
export type SecurityOptKey = (typeof KNOWN_SECURITY_OPT_KEYS)[number];

export interface SecurityOptEntry {
  /** The entry as sent. */
  readonly raw: string;
  /** The key (a bare word is its own key); undefined when the entry has no separator and is not a bare word the daemon knows. */
  readonly key: string | undefined;
  /** The value (a bare word gives `true`, or `disable` for a label). */
  readonly value: string;
}

export interface SecurityOpts {
  /** The seccomp profile the daemon will use: undefined for the default. */
  readonly seccomp: string | undefined;
  readonly apparmor: string | undefined;
  readonly labels: readonly string[];
  readonly noNewPrivileges: string | undefined;
  /** The last writable-cgroups value (`true` for the bare word), as written. */
  readonly writableCgroups: string | undefined;
  /** Every entry, in order, with its key. */
  readonly entries: readonly SecurityOptEntry[];
}

const NONE: SecurityOpts = { seccomp: undefined, apparmor: undefined, labels: [], noNewPrivileges: undefined, writableCgroups: undefined, entries: [] };

/** Parsed lists: several rules read the same request's SecurityOpt, which is parsed once. */
const parsed = perRequest(readSecurityOpts);

/** The options the entries set (shared between rules: read them, never change them). */
export function parseSecurityOpts(entries: readonly string[] | null): SecurityOpts {
  return entries === null ? NONE : parsed(entries);
}

/** Go's strconv.ParseBool; undefined for anything else (the daemon rejects it). */
export function goParseBool(s: string): boolean | undefined {
  switch (s) {
    case '1':
    case 't':
    case 'T':
    case 'TRUE':
    case 'true':
    case 'True':
      return true;
    case '0':
    case 'f':
    case 'F':
    case 'FALSE':
    case 'false':
    case 'False':
      return false;
    default:
      return undefined;
  }
}

/** One entry split as the daemon splits it. */
export function splitSecurityOpt(opt: string): SecurityOptEntry {
  if (opt === 'no-new-privileges' || opt === 'writable-cgroups') return { raw: opt, key: opt, value: 'true' };
  if (opt === 'disable') return { raw: opt, key: 'label', value: 'disable' };
  const sep = opt.includes('=') ? '=' : opt.includes(':') ? ':' : undefined;
  if (sep === undefined) return { raw: opt, key: undefined, value: '' };
  const at = opt.indexOf(sep);
  return { raw: opt, key: opt.slice(0, at), value: opt.slice(at + 1) };
}

function readSecurityOpts(list: readonly string[]): SecurityOpts {
  let seccomp: string | undefined;
  let apparmor: string | undefined;
  let noNewPrivileges: string | undefined;
  let writableCgroups: string | undefined;
  const labels: string[] = [];
  const entries = list.map(splitSecurityOpt);
  for (const { key, value } of entries) {
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
      case 'writable-cgroups':
        writableCgroups = value;
        break;
    }
  }
  return { seccomp, apparmor, labels, noNewPrivileges, writableCgroups, entries };
}
