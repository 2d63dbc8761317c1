/**
 * Holds the policy in force. A reload validates the new file completely before swapping it
 * in; a file that fails keeps the policy in force.
 *
 * Fail-safe start (issue 14): the policy never stops `dockgate serve` from serving. When the
 * configured file cannot be loaded at start, the holder falls back, in this order, to the
 * last-known-good copy in the state folder (the last configured file that loaded), the shipped
 * default policy, and a built-in policy (every rule at its default action, enforce). The
 * fallback lasts until the configured file loads (a reload: file watch or SIGHUP). `dockgate
 * validate` and `check` stay strict: they use loadPolicyFile, not this.
 */
import { readFileSync, statSync } from 'node:fs';
import { currentHostRoot } from '../host/root.js';
import { deletedMountFix, deletedMountOf, lastKnownGoodPath, readLastKnownGood, saveLastKnownGood } from './fallback.js';
import { loadPolicyFile, parsePolicy, PolicyError, type Mode, type Policy } from './load.js';

/** Where the policy in force came from. */
export type PolicyOrigin = 'configured' | 'last-known-good' | 'shipped-default' | 'built-in';

/** The fallback sources, in the order they are tried. */
export const FALLBACK_ORIGINS = ['last-known-good', 'shipped-default', 'built-in'] as const;
export type FallbackOrigin = (typeof FALLBACK_ORIGINS)[number];

export interface FallbackState {
  readonly origin: FallbackOrigin;
  /** The file the fallback policy came from (the copy, the shipped default), or `built-in`. */
  readonly file: string;
  /** The configured file that could not be loaded. */
  readonly configured: string;
  /** Why it could not be loaded (every problem). */
  readonly reason: string;
  /** What to do about it. */
  readonly fix: string;
  readonly since: Date;
  /** When the last-known-good copy was written. */
  readonly savedAt?: Date;
}

export interface FailSafeOptions {
  /** The state folder that holds the last-known-good copy; none: no copy is kept or read. */
  readonly stateDir?: string | undefined;
  /** The shipped default policy file (config/policy.json). */
  readonly shippedDefault: string;
}

/** Every rule at its default action, enforce: what is left when even the shipped file is unreadable. */
const BUILT_IN_TEXT = '{"mode":"enforce","rules":{}}';

function reasonOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export class PolicyHolder {
  private policy: Policy;
  private fallbackState: FallbackState | undefined;
  /** When the configured file last loaded (undefined: not since start). */
  private configuredLoadedAt: Date | undefined;
  /** Why the last-known-good copy could not be written, when it could not. */
  private saveError: string | undefined;

  /**
   * Without `failSafe`, loads the file or throws (PolicyError), as before. With it, never
   * throws: see fallback().
   */
  constructor(private readonly file: string, private readonly modeOverride?: Mode, private readonly failSafe?: FailSafeOptions) {
    if (failSafe === undefined) {
      this.policy = this.loadConfigured();
      return;
    }
    try {
      this.policy = this.loadConfigured();
    } catch (err) {
      const { policy, state } = this.fallBack(err, failSafe);
      this.policy = policy;
      this.fallbackState = state;
    }
  }

  private withMode(p: Policy): Policy {
    return this.modeOverride ? { ...p, mode: this.modeOverride } : p;
  }

  /** Loads the configured file; on success, remembers it as the last-known-good copy. */
  private loadConfigured(): Policy {
    const loaded = loadPolicyFile(this.file);
    this.configuredLoadedAt = new Date();
    const stateDir = this.failSafe?.stateDir;
    if (stateDir !== undefined) {
      try {
        // The exact text that was validated: read again, and parsed again to be sure it is the same policy.
        const text = readFileSync(this.file, 'utf8');
        if (parsePolicy(text, this.file).version === loaded.version) saveLastKnownGood(stateDir, text);
        this.saveError = undefined;
      } catch (err) {
        this.saveError = `cannot write the last-known-good copy ${lastKnownGoodPath(stateDir)}: ${reasonOf(err)}`;
      }
    }
    return this.withMode(loaded);
  }

  private fallBack(err: unknown, opts: FailSafeOptions): { policy: Policy; state: FallbackState } {
    const base = { configured: this.file, reason: reasonOf(err), fix: loadFailureFix(this.file, err), since: new Date() };
    if (opts.stateDir !== undefined) {
      const copy = readLastKnownGood(opts.stateDir);
      if (copy !== undefined) {
        const file = lastKnownGoodPath(opts.stateDir);
        try {
          return { policy: this.withMode(parsePolicy(copy.text, file)), state: { ...base, origin: 'last-known-good', file, savedAt: copy.savedAt } };
        } catch {
          // A copy that no longer validates (written by another dockgate version): next source.
        }
      }
    }
    try {
      if (statSync(opts.shippedDefault).isFile()) {
        return { policy: this.withMode(loadPolicyFile(opts.shippedDefault)), state: { ...base, origin: 'shipped-default', file: opts.shippedDefault } };
      }
    } catch {
      // next source
    }
    return { policy: this.withMode(parsePolicy(BUILT_IN_TEXT, 'built-in')), state: { ...base, origin: 'built-in', file: 'built-in' } };
  }

  current(): Policy {
    return this.policy;
  }

  /** The fallback in force, or undefined when the configured policy is. */
  fallback(): FallbackState | undefined {
    return this.fallbackState;
  }

  /** When the configured policy file last loaded. */
  lastGoodLoad(): Date | undefined {
    return this.configuredLoadedAt;
  }

  /** Why the last-known-good copy could not be written at the last good load (undefined: it was, or none is kept). */
  lastKnownGoodError(): string | undefined {
    return this.saveError;
  }

  /** The configured file. */
  configuredFile(): string {
    return this.file;
  }

  /**
   * Re-reads the configured file; throws (and keeps the policy in force, a fallback
   * included) when it is invalid. A good load ends a fallback.
   */
  reload(): Policy {
    try {
      this.policy = this.loadConfigured();
    } catch (err) {
      // The cause may have changed (the file fixed, then deleted): keep the fallback's reason current.
      if (this.fallbackState !== undefined) this.fallbackState = { ...this.fallbackState, reason: reasonOf(err), fix: loadFailureFix(this.file, err) };
      throw err;
    }
    this.fallbackState = undefined;
    return this.policy;
  }
}

/**
 * What to do about a configured file that did not load: for a file that cannot be read under
 * a mount whose folder was deleted on the host (a managed plugin's policy mount after the
 * folder was replaced), restart the plugin; else fix the file.
 */
export function loadFailureFix(file: string, err: unknown, hostRoot: string = currentHostRoot()): string {
  const unreadable = err instanceof PolicyError && err.issues.some((i) => i.message.startsWith('cannot read the file'));
  const mount = unreadable ? deletedMountOf(file) : undefined;
  if (mount !== undefined) return deletedMountFix(mount);
  const missing = unreadable && err.issues.some((i) => i.message.includes('ENOENT'));
  if (missing && hostRoot !== '/' && file.startsWith(`${hostRoot}/`)) {
    // The managed plugin's default: the host's file, read through the host-root mount.
    return `create ${file.slice(hostRoot.length)} on the host (the plugin reads it as ${file}, through its read-only view of the host); it is loaded as soon as it appears, no restart needed. ` +
      'To decide with the shipped default policy on purpose: docker plugin set <plugin> DOCKGATE_POLICY=/opt/dockgate/config/policy.json (plugin disabled, out of the daemon\'s chain first: docs/operations.md)';
  }
  if (missing && hostRoot !== '/' && file.startsWith('/etc/dockgate/')) {
    // A setting from a plugin version that had a `policy` mount at /etc/dockgate (kept by docker plugin upgrade).
    return `this plugin has no "policy" mount any more (a missing host folder stopped the old one from starting): it reads the host's files through ${hostRoot}. ` +
      `Set DOCKGATE_POLICY=${hostRoot}${file} (or ${hostRoot}<the folder policy.source named>/${file.slice('/etc/dockgate/'.length)}) with docker plugin set (docs/install.md, "Upgrading from a plugin with a policy mount")`;
  }
  return `fix ${file} (check it with: dockgate validate ${file}); it is reloaded as soon as it changes, or on SIGHUP`;
}

/** The short note every deny message carries while a fallback lasts. */
export function fallbackNote(state: FallbackState): string {
  const what = state.origin === 'last-known-good'
    ? `its last-known-good copy of the policy (saved ${state.savedAt?.toISOString() ?? 'earlier'})`
    : state.origin === 'shipped-default' ? 'the shipped default policy' : 'its built-in policy (every rule at its default action)';
  const reason = state.reason.length > 200 ? `${state.reason.slice(0, 200)}...` : state.reason;
  return `[DG_POLICY_FALLBACK] dockgate is deciding with ${what} because the configured policy cannot be loaded (${reason}); the plugin log (event policy-fallback) says how to fix it`;
}
