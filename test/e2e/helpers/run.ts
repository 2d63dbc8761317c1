/**
 * One end-to-end run: a private temp dir, a unique id (plugin names, containerd namespaces),
 * cleanup actions run in reverse order, and a final check that nothing is left behind
 * (processes naming the temp dir, mounts under it, host folders the run created).
 */
import { expect } from 'chai';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync } from 'node:fs';
import { basename, join } from 'node:path';
import { HostArtifacts } from './host-attacks.js';
import { HostState } from './host.js';
import { mountsUnder, pidsMentioning, poll, signal, unmountUnder } from './proc.js';

const active = new Set<E2eRun>();
let signalsHandled = false;

/**
 * Ctrl-C or a CI timeout (SIGINT/SIGTERM) would end mocha without its `after` hooks, leaving
 * daemons, mounts and spec files behind: clean every active run first, then exit.
 */
function handleSignals(): void {
  if (signalsHandled) return;
  signalsHandled = true;
  let cleaning: Promise<void> | undefined;
  const onSignal = (sig: NodeJS.Signals): void => {
    if (cleaning !== undefined) return;
    process.stderr.write(`\ndockgate e2e: ${sig}: cleaning up ${active.size} run(s) before exiting...\n`);
    setTimeout(() => process.exit(130), 90_000);
    cleaning = (async () => {
      for (const r of [...active]) {
        const problems = await r.cleanup().catch((e: unknown) => [String(e)]);
        if (problems.length > 0) process.stderr.write(`dockgate e2e: cleanup of ${r.tmp}: ${problems.join('; ')}\n`);
      }
    })().finally(() => process.exit(130));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

export class E2eRun {
  readonly tmp: string;
  /** Short, unique, [a-z0-9]: for plugin names and containerd namespaces. */
  readonly id: string;
  readonly host = new HostState();
  private readonly cleanups: { what: string; fn: () => Promise<void> | void }[] = [];
  private readonly hostRunDirs: string[] = [];
  private cleaning: Promise<string[]> | undefined;
  /** Folders this run made on the host outside its temp dir (a data root under /srv). */
  private readonly artifacts = new HostArtifacts();
  private srvRoot: string | undefined;

  constructor(label: string) {
    // short: unix socket paths under it must stay below 108 bytes
    this.tmp = mkdtempSync(`/tmp/dge2e-${label}-`);
    this.id = `${label}${basename(this.tmp).slice(-6).toLowerCase().replace(/[^a-z0-9]/g, '0')}`;
    active.add(this);
    handleSignals();
  }

  /** Registers a cleanup action; they run last-registered first. */
  defer(what: string, fn: () => Promise<void> | void): void {
    this.cleanups.push({ what, fn });
  }

  /** A file to delete at cleanup (e.g. a spec file in /etc/docker/plugins). */
  deleteLater(path: string): void {
    this.defer(`delete ${path}`, () => {
      try {
        unlinkSync(path);
      } catch {
        // already gone
      }
    });
  }

  /**
   * A fresh folder under /srv/dge2e-<id>/ (/srv is one of sensitive-mounts' default data
   * roots; the run's temp dir under /tmp is not), removed with everything in it at cleanup.
   */
  dataDir(name: string): string {
    if (this.srvRoot === undefined) {
      const root = this.artifacts.tree(`/srv/dge2e-${this.id}`);
      mkdirSync(root, { recursive: true, mode: 0o755 });
      this.srvRoot = root;
    }
    const dir = join(this.srvRoot, name);
    mkdirSync(dir);
    return dir;
  }

  /** A host folder (e.g. /run/docker/plugins/<id>) to remove at cleanup when empty. */
  removeDirLater(path: string): void {
    this.hostRunDirs.push(path);
  }

  /** Runs every cleanup action (once); returns what could not be cleaned (empty when all is clean). */
  cleanup(): Promise<string[]> {
    this.cleaning ??= this.doCleanup().finally(() => active.delete(this));
    return this.cleaning;
  }

  private async doCleanup(): Promise<string[]> {
    const problems: string[] = [];
    for (const c of this.cleanups.reverse()) {
      try {
        await c.fn();
      } catch (e) {
        problems.push(`${c.what}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    this.cleanups.length = 0;
    problems.push(...this.artifacts.remove().map((p) => `not removed: ${p}`));
    // anything still running that names our temp dir was started by this run
    const left = pidsMentioning(this.tmp);
    if (left.length > 0) {
      problems.push(`processes left running (killed now): ${left.join(', ')}`);
      for (const p of left) signal(p, 'SIGKILL');
      await poll('leftover processes to die', () => (pidsMentioning(this.tmp).length === 0 ? true : undefined), 10_000).catch(() => undefined);
    }
    const mounts = mountsUnder(this.tmp);
    if (mounts.length > 0) {
      problems.push(`mounts left under ${this.tmp} (unmounted now): ${mounts.join(', ')}`);
      const still = await unmountUnder(this.tmp);
      if (still.length > 0) problems.push(`could not unmount: ${still.join(', ')}`);
    }
    if (mountsUnder(this.tmp).length === 0) rmSync(this.tmp, { recursive: true, force: true });
    else problems.push(`${this.tmp} kept: mounts remain under it`);
    const hostLeft = this.host.cleanup(this.hostRunDirs);
    if (hostLeft.length > 0) problems.push(`host folders created by this run and not removable: ${hostLeft.join(', ')}`);
    return problems;
  }
}

/**
 * The `after` hook every e2e file ends with: runs the cleanups of the run `current()` returns
 * (E2eRun.cleanup runs once however often it is called), and fails if anything was left behind.
 */
export function cleanupAfterAll(current: () => E2eRun | undefined): void {
  after(async function () {
    this.timeout(120_000);
    const run = current();
    if (run === undefined) return;
    expect(await run.cleanup(), 'the run left something behind').to.deep.equal([]);
  });
}
