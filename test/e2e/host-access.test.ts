/**
 * Host access that cannot be talked around (issue 12), on a real private dockerd through the
 * real docker CLI. For each class of attack a CONTROL first, without any plugin, proves that
 * this daemon really gives the container the host file (it reads a marker the suite wrote in
 * a host folder outside every data root, /var/lib/dockgate-e2e-<id>, or the host's
 * /etc/hostname, or writes a file the suite then finds on the host); then the SAME steps with
 * dockgate (socket plugin, default policy config/policy.json), where the ordinary set-up
 * steps stay allowed and the dangerous step is denied ("authorization denied by plugin")
 * with nothing created or started.
 *
 * 1. Symlinked bind sources: a container makes `<data>/root -> /` (and `<data>/etclink -> /etc`)
 *    in its data bind; a second container binds the link (-v, --mount type=bind, a local bind
 *    volume, --mount type=volume with volume-opt, a swarm service's bind mount) or a path
 *    through it (`<link>/etc`, `<link>/var/lib/...`), or a local volume's device
 *    `<data>/etclink/..` (the daemon cleans bind sources as text, but not volume devices).
 * 2. A block-device node of the host's root disk made by a container (CAP_MKNOD is a default
 *    capability), mounted by a local volume of the root filesystem's type.
 * 3. Overlay volumes with relative lowerdir / upperdir / workdir (resolved against dockerd's
 *    working directory, which this suite makes `/` as under systemd).
 * 4. Root-run host paths a deny list misses (/var/lib/dpkg, /var/spool/cron, /run/systemd,
 *    /run/dbus): writable from the container.
 * 5. Create, swap, start: a plain bind folder replaced by a symlink between create and start;
 *    and (dockgate half) a bind below a running container's writable bind, which that container
 *    could flip between dockgate's check and the mount, denied at create (allowed when :ro).
 * 6. Ordinary use keeps working: a data bind, `-v $PWD:/src` under /home, --tmpfs, --mount
 *    type=tmpfs, a named volume, a compose project with a named volume.
 *
 * A control that cannot prove the power on a daemon says so (pending, with the reason and the
 * daemon version); the expectation on the dockgate side stays the same on every daemon.
 * Everything created on the host (/srv/dockgate-e2e-<id>, /home/dockgate-e2e-<id>,
 * /var/lib/dockgate-e2e-<id>, markers in system folders, device nodes, links) is removed in
 * the after hook, which fails if it cannot.
 */
import { expect } from 'chai';
import { existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { randomBytes } from 'node:crypto';
import { PrivateDaemon, type StartOptions } from './helpers/daemon.js';
import { ensureBuilt, SocketPlugin } from './helpers/dockgate.js';
import { REQUIRED, requireEngine } from './helpers/engine.js';
import { SPEC_DIR } from './helpers/host.js';
import { HostArtifacts, rootDevice, type RootDevice } from './helpers/host-attacks.js';
import { IMAGE, importBusybox } from './helpers/image.js';
import { poll, run as runCmd, type RunResult } from './helpers/proc.js';
import { cleanupAfterAll, E2eRun } from './helpers/run.js';
import { deniedBy, ruleIds, waitForDecision, type PassContext } from './helpers/scenarios.js';

/** Compliant with the default policy's other deny rules (memory-limit, restart-policy, ...). */
const BASE = ['--network', 'none', '--memory', '64m', '--restart', 'no'] as const;
/** The last line of a script run by runOk: its output reached the CLI whole. */
const END = 'dge2e-output-end';

/**
 * The rules that may deny a host path that leads somewhere it may not (issue 12: the host
 * path resolver feeds sensitive-mounts; docker-socket also fires when the path holds the socket).
 */
const HOST_PATH_RULE = 'sensitive-mounts';
const HOST_PATH_RULES: readonly string[] = [HOST_PATH_RULE, 'docker-socket'];

/** Root-run host folders (issue 12, class 4). */
const ROOT_RUN_PATHS = ['/var/lib/dpkg', '/var/spool/cron', '/run/systemd', '/run/dbus'] as const;

interface ControlNote {
  readonly test: string;
  readonly result: string;
}

describe('e2e host access (issue 12): host paths judged where they lead, on a real daemon', function () {
  let run: E2eRun | undefined;
  let daemon: PrivateDaemon;
  let plugin: SocketPlugin;
  let pluginName: string;
  let version = '?';
  let daemonCwd = '?';
  const host = new HostArtifacts();
  /** A data folder (ordinary data binds live here), one under /home, one outside every data root. */
  let DATA: string;
  let HOME: string;
  let OUT: string;
  let TOKEN: string;
  let HOSTNAME: string;
  let tag: string;
  let composeBin: string | undefined;
  let composeWhy = '';
  const notes: ControlNote[] = [];
  /** The daemon has a network namespace of its own: swarm is safe to try. */
  let netns = false;

  /**
   * Starts the daemon (its working directory is `/` by default, as under systemd) and reads the
   * cwd it really got back from /proc, for the relative paths below.
   */
  const startAtRoot = async (opts: StartOptions = {}): Promise<void> => {
    await daemon.start({ cwd: '/', ...opts });
    daemonCwd = readlinkSync(`/proc/${String(daemon.pid)}/cwd`);
  };

  const note = (test: string, result: string): void => {
    notes.push({ test, result });
  };

  /** Marks the current control as not applicable to this daemon, printing why (never silent). */
  const notApplicable = (ctx: Mocha.Context, test: string, reason: string): never => {
    note(test, `not applicable: ${reason}`);
    process.stdout.write(`      (not applicable on dockerd ${version}: ${reason})\n`);
    ctx.skip();
  };

  const volumeNames = async (): Promise<string[]> => (await daemon.dockerOk(['volume', 'ls', '--format', '{{.Name}}'])).split('\n').filter((l) => l !== '');

  const swarmState = async (): Promise<string> => (await daemon.dockerOk(['info', '--format', '{{.Swarm.LocalNodeState}}'])).trim();
  const serviceNames = async (): Promise<string[]> => (await daemon.dockerOk(['service', 'ls', '--format', '{{.Name}}'])).split('\n').filter((l) => l !== '');
  const initSwarm = async (): Promise<void> => {
    await daemon.dockerOk(['swarm', 'init', '--advertise-addr', '127.0.0.1'], { timeoutMs: 60_000 });
    expect(await swarmState()).to.equal('active');
  };
  const leaveSwarm = async (): Promise<void> => {
    if ((await swarmState()) !== 'inactive') await daemon.dockerOk(['swarm', 'leave', '--force'], { timeoutMs: 60_000 });
    expect(await swarmState()).to.equal('inactive');
  };
  /** A swarm service binding `source` at /host (memory limit, no restarts: nothing else to deny). */
  const serviceArgs = (svc: string, source: string, script: string): string[] => [
    'service', 'create', '--detach', '--name', svc, '--limit-memory', '64m', '--restart-condition', 'none', '--stop-grace-period', '1s',
    '--mount', `type=bind,source=${source},target=/host`, IMAGE, 'sh', '-c', script,
  ];

  /** `docker run --rm BASE ... IMAGE sh -c SCRIPT` that must succeed; returns its stdout. */
  /** docker run --rm of a script whose output is not read: must exit 0. */
  const runQuiet = async (mountArgs: readonly string[], script: string, name?: string): Promise<void> => {
    await daemon.dockerOk(['run', '--rm', ...(name === undefined ? [] : ['--name', name]), ...BASE, ...mountArgs, IMAGE, 'sh', '-c', script]);
  };

  /**
   * docker run --rm of a script whose output is read (an idempotent one): must exit 0; returns its
   * output. Under load an attached `docker run` has exited 0 with none of the container's output
   * (26.1 at load 18, and again at load 5-8 with CPU hogs): the script's output ends with a
   * marker, and a run whose output lacks it is run again (twice at most). A script that fails is
   * never run again.
   */
  const runOk = async (mountArgs: readonly string[], script: string, name?: string): Promise<string> => {
    const args = ['run', '--rm', ...(name === undefined ? [] : ['--name', name]), ...BASE, ...mountArgs, IMAGE, 'sh', '-c', `${script}\nrc=$?; echo ${END}; exit $rc`];
    for (let attempt = 1; ; attempt++) {
      const out = await daemon.dockerOk(args);
      if (out.includes(END)) return out.replace(`${END}\n`, '');
      if (attempt === 3) throw new Error(`docker run exited 0 three times without the container's output reaching the CLI (last stdout: ${JSON.stringify(out)})`);
    }
  };

  /** dockgate's state folder (what it remembered at create, for the start check): this run's, never the global /var/lib/dockgate. */
  const stateDir = (): string => join(run!.tmp, 'plugin/state');

  const ctx = (): PassContext => ({ daemon, pluginName, decisions: () => plugin.decisions() });

  /** A violation as the decision line logs it (`found`: the host path as written). */
  interface LoggedViolation {
    readonly rule: string;
    readonly action?: string;
    readonly field?: string;
    readonly found?: string;
  }

  /**
   * A docker CLI command dockgate must deny for a host path: the CLI prints "authorization
   * denied by plugin" naming [sensitive-mounts] (and possibly [docker-socket], nothing else);
   * nothing appears (containers, volumes; the named container or volume); and dockgate logs a
   * deny decision whose sensitive-mounts violation names `written`, the host path as sent.
   */
  const expectDenied = async (args: readonly string[], what: { written: string; container?: string; volume?: string }): Promise<string> => {
    const containersBefore = await daemon.containerIds();
    const volumesBefore = await volumeNames();
    const seen = plugin.decisions().length;
    const r = await daemon.docker(args);
    const cmd = `docker ${args.join(' ')}`;
    if (what.container !== undefined) {
      const info = await daemon.inspect(what.container);
      expect(info, `${cmd}: container ${what.container} was created (exit ${String(r.code)}: ${r.stderr.trim()})`).to.equal(undefined);
    }
    if (what.volume !== undefined) expect(await volumeNames(), `${cmd}: volume ${what.volume} was created (exit ${String(r.code)}: ${r.stderr.trim()})`).to.not.include(what.volume);
    if (process.env.DOCKGATE_E2E_VERBOSE === '1') process.stdout.write(`        -> ${r.stderr.trim()}\n`);
    expect(r.code, `${cmd} should fail; stdout ${r.stdout} stderr ${r.stderr}`).to.not.equal(0);
    expect(deniedBy(ctx(), r.stderr), `${cmd}: ${r.stderr}`).to.equal(true);
    const rules = ruleIds(r.stderr);
    expect(rules, `${cmd}: ${r.stderr}`).to.include(HOST_PATH_RULE);
    expect(rules.filter((x) => !HOST_PATH_RULES.includes(x)), `${cmd}: denied by other rules too: ${r.stderr}`).to.deep.equal([]);
    expect(await daemon.containerIds(), `${cmd}: docker ps -a changed`).to.have.members(containersBefore);
    expect(await volumeNames(), `${cmd}: docker volume ls changed`).to.have.members(volumesBefore);
    await poll(
      `a deny decision line whose [${HOST_PATH_RULE}] violation names ${what.written}`,
      () =>
        plugin
          .decisions()
          .slice(seen)
          .find((d) => d.decision === 'deny' && (d.violations as readonly LoggedViolation[]).some((v) => v.rule === HOST_PATH_RULE && (v.found ?? '').includes(what.written))),
      10_000,
      50,
    );
    return r.stderr;
  };

  before(async function () {
    const engine = await requireEngine(this);
    this.timeout(240_000);
    run = new E2eRun('hacc');
    const r = run;
    tag = r.id;
    pluginName = `dockgate-e2e-${r.id}`;
    TOKEN = `dockgate-e2e-marker-${r.id}-${randomBytes(6).toString('hex')}`;
    HOSTNAME = readFileSync('/etc/hostname', 'utf8').trim();
    // removed last, after the daemon (and every mount it made) is gone
    r.defer('remove the host folders and markers', () => {
      const left = host.remove();
      if (left.length > 0) throw new Error(`could not remove from the host: ${left.join('; ')}`);
    });
    DATA = host.tree(`/srv/dockgate-e2e-${r.id}`);
    HOME = host.tree(`/home/dockgate-e2e-${r.id}`);
    OUT = host.tree(`/var/lib/dockgate-e2e-${r.id}`);
    for (const d of [DATA, HOME, OUT]) mkdirSync(d, { mode: 0o755 });
    for (const d of ['ctl', 'dg']) mkdirSync(join(DATA, d));
    writeFileSync(join(OUT, 'marker'), `${TOKEN}\n`);

    plugin = new SocketPlugin(join(r.tmp, 'plugin/dockgate.sock'), join(r.tmp, 'dockgate.log'));
    // stopped after dockerd (a daemon whose plugin is gone hangs every call)
    r.defer('stop dockgate', () => plugin.stop());
    daemon = new PrivateDaemon(engine, join(r.tmp, 'daemon'), `dge2e${r.id}`);
    r.defer('stop dockerd', () => daemon.stop());
    r.defer('remove containers and volumes', async () => {
      if (!daemon.running) return;
      await daemon.removeAllContainers();
      const vols = await volumeNames();
      if (vols.length > 0) await daemon.dockerOk(['volume', 'rm', '-f', ...vols]);
    });
    r.defer('leave the swarm', async () => {
      if (daemon.running && (await swarmState()) !== 'inactive') await daemon.dockerOk(['swarm', 'leave', '--force'], { timeoutMs: 60_000 });
    });
    // its own network namespace with loopback up: a swarm (service doors) stays inside it
    netns = engine.unshare !== undefined;
    await startAtRoot({ loopback: netns });
    const v = await daemon.api({ path: '/version' });
    version = (JSON.parse(v.body) as { Version: string }).Version;
    process.stdout.write(`      dockerd ${version} (${engine.dockerd}), CLI ${engine.docker}, dockerd cwd ${daemonCwd}\n`);
    await importBusybox(daemon, r.tmp);

    // docker compose: the CLI plugin PrivateDaemon links for a matrix daemon (20.10 gets the
    // newest installed entry's, as its Debian release ships none)
    const linked = join(daemon.cliConfig, 'cli-plugins/docker-compose');
    if (existsSync(linked)) composeBin = linked;
    else composeWhy = `no docker-compose CLI plugin for this daemon at ${linked} (run through test/e2e/matrix.ts after test/e2e/daemons/install.sh)`;
  });

  cleanupAfterAll(() => {
    if (notes.length > 0) {
      process.stdout.write(`\n      controls on dockerd ${version}:\n`);
      for (const n of notes) process.stdout.write(`        ${n.test}: ${n.result}\n`);
    }
    return run;
  });

  // ----- the attacks, shared by the controls and the dockgate side -----

  /** Class 1 doors: each mounts `<folder>/root` (a link to /) or a path through it at /host or /x. */
  interface LinkDoor {
    readonly id: string;
    readonly title: string;
    /** `docker volume create` arguments (the volume door); the container then uses the volume. */
    readonly volume?: (link: string, name: string) => readonly string[];
    /** The container's mount flags; `name` is the volume name for volume doors. */
    readonly mount: (link: string, name: string) => readonly string[];
    /** Where the host file appears in the container: `/host` is the host's /, `/x` a folder. */
    readonly sees: 'root' | 'out' | 'etc';
    /** The host path the door sends, as written, when it is not the link (or a path through it). */
    readonly written?: (link: string) => string;
  }

  /** The host path each door sends, as written (a deny must name it). */
  const writtenPath = (door: LinkDoor, link: string): string => door.written?.(link) ?? (door.sees === 'root' ? link : door.sees === 'etc' ? `${link}/etc` : `${link}${OUT}`);

  /** `<data>/etclink/..`, next to the `<data>/root` link. */
  const dotdot = (link: string): string => `${dirname(link)}/etclink/..`;

  const volOpts = (device: string): string => `volume-driver=local,volume-opt=type=none,volume-opt=o=bind,volume-opt=device=${device}`;
  const LINK_DOORS: readonly LinkDoor[] = [
    { id: 'v', title: '-v <data>/root:/host', mount: (l) => ['-v', `${l}:/host`], sees: 'root' },
    { id: 'mount-bind', title: '--mount type=bind,source=<data>/root', mount: (l) => ['--mount', `type=bind,source=${l},target=/host`], sees: 'root' },
    {
      id: 'bind-volume',
      title: 'docker volume create -o type=none -o o=bind -o device=<data>/root, then -v VOL:/host',
      volume: (l, n) => ['volume', 'create', '--driver', 'local', '--opt', 'type=none', '--opt', 'o=bind', '--opt', `device=${l}`, n],
      mount: (_l, n) => ['-v', `${n}:/host`],
      sees: 'root',
    },
    { id: 'mount-volume-opt', title: '--mount type=volume,volume-driver=local,volume-opt=type=none,o=bind,device=<data>/root', mount: (l, n) => ['--mount', `type=volume,source=${n},target=/host,${volOpts(l)}`], sees: 'root' },
    { id: 'v-mid-etc', title: '-v <data>/root/etc:/x (link in the middle of the path)', mount: (l) => ['-v', `${l}/etc:/x`], sees: 'etc' },
    { id: 'mount-bind-mid', title: '--mount type=bind,source=<data>/root/var/lib/dockgate-e2e-<id> (link in the middle)', mount: (l) => ['--mount', `type=bind,source=${l}${OUT},target=/x`], sees: 'out' },
    {
      id: 'bind-volume-mid',
      title: 'docker volume create -o o=bind -o device=<data>/root/var/lib/dockgate-e2e-<id> (link in the middle)',
      volume: (l, n) => ['volume', 'create', '--driver', 'local', '--opt', 'type=none', '--opt', 'o=bind', '--opt', `device=${l}${OUT}`, n],
      mount: (_l, n) => ['-v', `${n}:/x`],
      sees: 'out',
    },
    // `..` after a symlink: the daemon cleans -v and --mount bind sources as text (<data>/etclink/..
    // is <data> there), but hands a local volume's device to mount(2) as written, and the kernel
    // takes /etc/.. = /. A resolver that cleans before it resolves sees a data folder.
    {
      id: 'bind-volume-dotdot',
      title: 'docker volume create -o o=bind -o device=<data>/etclink/.. (etclink -> /etc; the kernel gives /)',
      volume: (l, n) => ['volume', 'create', '--driver', 'local', '--opt', 'type=none', '--opt', 'o=bind', '--opt', `device=${dotdot(l)}`, n],
      mount: (_l, n) => ['-v', `${n}:/host`],
      sees: 'root',
      written: (l) => dotdot(l),
    },
    { id: 'mount-volume-opt-dotdot', title: '--mount type=volume,volume-opt=o=bind,volume-opt=device=<data>/etclink/..', mount: (l, n) => ['--mount', `type=volume,source=${n},target=/host,${volOpts(dotdot(l))}`], sees: 'root', written: (l) => dotdot(l) },
  ];

  /** The container script proving the power of a door: prints what it sees and writes a file the test finds on the host. */
  const seeScript = (sees: LinkDoor['sees'], written: string): string => {
    switch (sees) {
      case 'root':
        return `cat /host${OUT}/marker /host/etc/hostname && stat -c 'inode=%i' /host/etc/hostname && echo ${TOKEN} > /host${OUT}/${written}`;
      case 'out':
        return `cat /x/marker && echo ${TOKEN} > /x/${written}`;
      case 'etc':
        return "cat /x/hostname && stat -c 'inode=%i' /x/hostname";
    }
  };

  const checkSeen = (sees: LinkDoor['sees'], out: string, written: string): string => {
    if (sees !== 'etc') expect(out, 'the container printed the host marker').to.include(TOKEN);
    if (sees !== 'out') {
      // the same file, not one that happens to hold the same name: its inode on the host
      expect(out, "the container printed the host's /etc/hostname").to.include(HOSTNAME);
      expect(out, "the container's hostname file is the host's /etc/hostname (inode)").to.include(`inode=${statSync('/etc/hostname').ino}\n`);
    }
    if (sees === 'etc') return `read the host's /etc/hostname (${HOSTNAME}, inode ${statSync('/etc/hostname').ino})`;
    const w = join(OUT, written);
    expect(existsSync(w), `${w} written from the container`).to.equal(true);
    expect(readFileSync(w, 'utf8').trim()).to.equal(TOKEN);
    return `read ${OUT}/marker${sees === 'root' ? ' and /etc/hostname' : ''}, wrote ${w}`;
  };

  /** A container (allowed: an ordinary data bind) makes `<folder>/root -> /` and `<folder>/etclink -> /etc`. */
  const makeRootLink = async (folder: string, prefix: string): Promise<string> => {
    mkdirSync(folder, { recursive: true });
    await runQuiet(['-v', `${folder}:/data`], 'ln -s / /data/root && ln -s /etc /data/etclink', `${prefix}-mklink`);
    const link = join(folder, 'root');
    expect(lstatSync(link).isSymbolicLink(), `${link} is a symlink`).to.equal(true);
    expect(readlinkSync(link)).to.equal('/');
    return link;
  };

  /** A container (allowed: an ordinary data bind) makes `<folder>/disk`, a node of the host's root disk. */
  const makeDiskNode = async (folder: string, dev: RootDevice, prefix: string): Promise<string> => {
    mkdirSync(folder, { recursive: true });
    await runQuiet(['-v', `${folder}:/data`], `mknod /data/disk b ${dev.major} ${dev.minor}`, `${prefix}-mknod`);
    const node = join(folder, 'disk');
    const st = statSync(node, { bigint: true });
    expect(st.isBlockDevice(), `${node} is a block device`).to.equal(true);
    return node;
  };

  /** Why a disk volume of the root device cannot show the marker on this machine, if it cannot. */
  const diskProblem = (dev: RootDevice | { reason: string }): string | undefined => {
    if ('reason' in dev) return dev.reason;
    const rootDev = statSync('/').dev;
    if (statSync(OUT).dev !== rootDev) return `${OUT} is not on the root filesystem`;
    const rootMount = readFileSync('/proc/self/mountinfo', 'utf8').split('\n').filter((l) => l.split(' ')[4] === '/').pop();
    if (rootMount?.split(' ')[3] !== '/') return `the root filesystem is mounted from a sub-folder (${rootMount?.split(' ')[3] ?? '?'}) of ${dev.source}`;
    return undefined;
  };

  /** Overlay volume options: relative paths from dockerd's working directory. */
  const rel = (p: string): string => relative(daemonCwd, p) || '.';

  type Phase = 'ctl' | 'dg';

  interface OverlayCase {
    readonly id: string;
    readonly title: string;
    /** The `o=` option; `folder` is this case's data folder. */
    readonly o: (folder: string, phase: Phase) => string;
    /** Makes the host folders the overlay needs. */
    readonly prepare: (folder: string, phase: Phase) => void;
    readonly script: () => string;
    /** The relative path (as written) a deny must name. */
    readonly written: (phase: Phase) => string;
    readonly check: (out: string) => string;
  }

  const OVERLAY_CASES: readonly OverlayCase[] = [
    {
      id: 'lower',
      title: 'lowerdir relative to dockerd\'s cwd ("etc" and "var/lib/dockgate-e2e-<id>"; upper and work in the data folder)',
      o: (f) => `lowerdir=${rel('/etc')}:${rel(OUT)},upperdir=${f}/upper,workdir=${f}/work`,
      prepare: (f) => {
        for (const d of ['upper', 'work']) mkdirSync(join(f, d), { recursive: true });
      },
      script: () => 'cat /x/marker /x/hostname',
      written: () => rel(OUT),
      check: (out) => {
        expect(out).to.include(TOKEN);
        expect(out).to.include(HOSTNAME);
        return `read ${OUT}/marker and /etc/hostname through lowerdir=${rel('/etc')}:${rel(OUT)}`;
      },
    },
    {
      id: 'upper',
      title: 'upperdir and workdir relative to dockerd\'s cwd ("var/lib/dockgate-e2e-<id>/upper-*"): the container writes into the host',
      o: (f, phase) => `lowerdir=${f}/lower,upperdir=${rel(join(OUT, `upper-${phase}`))},workdir=${rel(join(OUT, `work-${phase}`))}`,
      prepare: (f, phase) => {
        mkdirSync(join(f, 'lower'), { recursive: true });
        for (const d of [`upper-${phase}`, `work-${phase}`]) mkdirSync(join(OUT, d), { recursive: true });
      },
      script: () => `echo ${TOKEN} > /x/written-overlay && echo ok`,
      written: (phase) => rel(join(OUT, `upper-${phase}`)),
      check: () => {
        const w = join(OUT, 'upper-ctl/written-overlay');
        expect(existsSync(w), `${w} written from the container`).to.equal(true);
        expect(readFileSync(w, 'utf8').trim()).to.equal(TOKEN);
        return `wrote ${w} through upperdir=${rel(join(OUT, 'upper-ctl'))}`;
      },
    },
  ];

  const overlayVolumeCreate = (o: string, name: string): string[] => ['volume', 'create', '--driver', 'local', '--opt', 'type=overlay', '--opt', 'device=overlay', '--opt', `o=${o}`, name];

  /** Class 5: a folder bound at create, replaced by a link to OUT before start. */
  const swapToLink = (d: string): void => {
    rmSync(d, { recursive: true, force: true });
    symlinkSync(OUT, d);
  };

  /**
   * A data folder `<data>/<side>/rotop` with a "data disk" (a tmpfs mounted by this suite) at
   * disk/, and disk/app/marker: a host mount below a folder that a container binds read-only.
   * Returns the folder; `unmountDisk` takes the disk away again (the folder is then removed with
   * the rest of the data folder).
   */
  const diskBelow = async (side: 'ctl' | 'dg'): Promise<string> => {
    const base = join(DATA, `${side}/rotop`);
    const disk = join(base, 'disk');
    mkdirSync(disk, { recursive: true });
    const m = await runCmd('mount', ['-t', 'tmpfs', '-o', 'size=1m,mode=0755', `dge2e-${tag}-disk`, disk], { timeoutMs: 20_000 });
    expect(m.code, `mount a tmpfs on ${disk}: ${m.stderr}`).to.equal(0);
    mkdirSync(join(disk, 'app'));
    writeFileSync(join(disk, 'app/marker'), 'plain\n');
    return base;
  };
  const unmountDisk = async (base: string): Promise<void> => {
    const r = await runCmd('umount', [join(base, 'disk')], { timeoutMs: 20_000 });
    expect(r.code, `umount ${base}/disk: ${r.stderr}`).to.equal(0);
  };
  /**
   * A read-only bind of `base` at /w that is read-only at its top only: `-v :ro` on 20.10 (it
   * never asks for rro), `readonly,bind-recursive=writable` (ReadOnlyNonRecursive) on 25+.
   */
  const topOnlyReadOnly = (base: string): string[] =>
    daemon.version.major < 25 ? ['-v', `${base}:/w:ro`] : ['--mount', `type=bind,source=${base},target=/w,readonly,bind-recursive=writable`];
  /** The container bound below it: prints its marker, fails, and is restarted by the daemon (no AuthZ call). */
  const restartedBelow = (name: string, base: string): string[] => [
    'run', '-d', '--name', name, '--network', 'none', '--memory', '64m', '--restart', 'on-failure:3',
    '-v', `${base}/disk/app:/x`, IMAGE, 'sh', '-c', 'cat /x/marker; sleep 2; exit 1',
  ];

  const existingRootRun = (p: string): boolean => {
    try {
      return statSync(p).isDirectory();
    } catch {
      return false;
    }
  };

  // ----- controls -----

  describe('controls: without dockgate this daemon gives the container the host (or the denials below prove nothing)', () => {
    describe('1. symlinked bind sources', () => {
      let link: string;
      before(async function () {
        this.timeout(60_000);
        link = await makeRootLink(join(DATA, 'ctl/links'), 'dge2e-ctl');
      });

      for (const door of LINK_DOORS) {
        it(`${door.title}: the container gets the link's target`, async () => {
          const vol = `dge2e-ctl-${door.id}`;
          if (door.volume !== undefined) await daemon.dockerOk(door.volume(link, vol));
          const written = `written-ctl-${door.id}`;
          const out = await runOk(door.mount(link, vol), seeScript(door.sees, written));
          note(`1 ${door.id}`, checkSeen(door.sees, out, written));
          if ((await volumeNames()).includes(vol)) await daemon.dockerOk(['volume', 'rm', vol]);
        });
      }
    });

    describe('1b. a swarm service binding the symlink', () => {
      it('docker service create --mount type=bind,source=<data>/root: the task gets the host\'s /', async function () {
        this.timeout(120_000);
        if (!netns) return notApplicable(this, '1 service-mount', 'the daemon has no network namespace of its own (no usable unshare, or DOCKGATE_E2E_NETNS=0): a swarm would touch the host network');
        const link = existsSync(join(DATA, 'ctl/links/root')) ? join(DATA, 'ctl/links/root') : await makeRootLink(join(DATA, 'ctl/links-svc'), 'dge2e-ctl-svc');
        await initSwarm();
        try {
          const w = join(OUT, 'written-ctl-service');
          await daemon.dockerOk(serviceArgs('dge2e-ctl-svc', link, `cat /host${OUT}/marker > /host${OUT}/written-ctl-service; sleep 30`));
          await poll('the service task to write through the link', () => (existsSync(w) && readFileSync(w, 'utf8').trim() === TOKEN ? true : undefined), 60_000, 200);
          await daemon.dockerOk(['service', 'rm', 'dge2e-ctl-svc']);
          note('1 service-mount', `the task copied ${OUT}/marker to ${w} through --mount type=bind,source=${link}`);
        } finally {
          await leaveSwarm();
          await poll('the task container to be removed', async () => ((await daemon.containerIds()).length === 0 ? true : undefined), 30_000, 200).catch(() => daemon.removeAllContainers());
        }
      });
    });

    describe('2. a disk volume on a device node a container made', () => {
      it('a container makes a node of the root disk; a local volume of the root filesystem type on it shows the host disk', async function () {
        const dev = rootDevice();
        const problem = diskProblem(dev);
        if (problem !== undefined || 'reason' in dev) return notApplicable(this, '2 disk-volume', problem ?? 'no root device');
        const node = await makeDiskNode(join(DATA, 'ctl/dev'), dev, 'dge2e-ctl');
        await daemon.dockerOk(['volume', 'create', '--driver', 'local', '--opt', `type=${dev.fstype}`, '--opt', `device=${node}`, 'dge2e-ctl-disk']);
        // The container frames its output: a run whose output did not reach the CLI at all (seen once
        // on 26.1 at load 18: exit 0, empty stdout) is run again; a framed output without the token
        // is a real failure of the control.
        const framed = (): Promise<RunResult> => daemon.docker(['run', '--rm', ...BASE, '-v', 'dge2e-ctl-disk:/host', IMAGE, 'sh', '-c', `echo dge2e-begin; cat /host${OUT}/marker; echo dge2e-end`]);
        let res = await framed();
        for (let i = 0; i < 2 && res.code === 0 && !res.stdout.includes('dge2e-end'); i++) res = await framed();
        if (res.code !== 0) return notApplicable(this, '2 disk-volume', `mounting ${node} (${dev.major}:${dev.minor}, ${dev.fstype}) failed: ${res.stderr.trim()}`);
        expect(res.stdout).to.include('dge2e-end');
        expect(res.stdout).to.include(TOKEN);
        await daemon.dockerOk(['volume', 'rm', 'dge2e-ctl-disk']);
        // the same through --mount type=volume with volume-opt
        const out = await runOk(['--mount', `type=volume,source=dge2e-ctl-disk2,target=/host,volume-driver=local,volume-opt=type=${dev.fstype},volume-opt=device=${node}`], `cat /host${OUT}/marker`);
        expect(out).to.include(TOKEN);
        await daemon.dockerOk(['volume', 'rm', 'dge2e-ctl-disk2']);
        note('2 disk-volume', `${node} = ${dev.major}:${dev.minor} (${dev.source}, ${dev.fstype}) made by a container; volume create and --mount volume-opt both read ${OUT}/marker`);
      });
    });

    describe('3. overlay volumes with relative paths', () => {
      for (const c of OVERLAY_CASES) {
        it(c.title, async () => {
          const folder = join(DATA, `ctl/overlay-${c.id}`);
          c.prepare(folder, 'ctl');
          const vol = `dge2e-ctl-ov-${c.id}`;
          await daemon.dockerOk(overlayVolumeCreate(c.o(folder, 'ctl'), vol));
          const out = await runOk(['-v', `${vol}:/x`], c.script());
          note(`3 overlay-${c.id}`, `${c.check(out)} (dockerd cwd ${daemonCwd})`);
          await daemon.dockerOk(['volume', 'rm', vol]);
        });
      }
    });

    describe('4. root-run host paths', () => {
      for (const p of ROOT_RUN_PATHS) {
        it(`-v ${p}:/x is writable from the container${existingRootRun(p) ? '' : ' (absent here: the daemon creates it, as root, and the run removes it)'}`, async () => {
          // a missing bind source is created by the daemon: the container then writes where root
          // will read later (cron would run it); the run removes the folder it made
          const created = !existingRootRun(p);
          if (created) host.tree(p);
          const marker = host.file(join(p, `dockgate-e2e-${tag}.marker`));
          const base = `dockgate-e2e-${tag}.marker`;
          await runQuiet(['-v', `${p}:/x`], `echo ${TOKEN} > /x/${base}`);
          expect(readFileSync(marker, 'utf8').trim(), marker).to.equal(TOKEN);
          rmSync(marker);
          note(`4 ${p}`, `wrote (then removed) ${marker}`);
          // gone again before the dockgate half, which judges the missing path by its ancestor
          if (created) rmSync(p, { recursive: true });
        });
      }
    });

    describe('5. create, swap, start', () => {
      it('a plain folder bound at create, replaced by a link before start: the container gets the link\'s target', async () => {
        const d = join(DATA, 'ctl/swap/d');
        mkdirSync(d, { recursive: true });
        writeFileSync(join(d, 'plain'), 'plain\n');
        await daemon.dockerOk(['create', '--name', 'dge2e-ctl-swap', ...BASE, '-v', `${d}:/x`, IMAGE, 'cat', '/x/marker']);
        swapToLink(d);
        const out = await daemon.dockerOk(['start', '-a', 'dge2e-ctl-swap']);
        expect(out).to.include(TOKEN);
        await daemon.dockerOk(['rm', 'dge2e-ctl-swap']);
        note('5 create-swap-start', `docker start read ${OUT}/marker through ${d} -> ${OUT}`);
      });

      it('a read-only bind, read-only at its top only: its container writes the data disk mounted below it and swaps a folder there for a link; the daemon\'s own restart of a container bound below mounts the link\'s target', async function () {
        this.timeout(120_000);
        const base = await diskBelow('ctl');
        const flipper = 'dge2e-ctl-rotop-a';
        const victim = 'dge2e-ctl-rotop-b';
        try {
          await daemon.dockerOk(['run', '-d', '--name', flipper, ...BASE, ...topOnlyReadOnly(base), IMAGE, 'sleep', '300']);
          await daemon.dockerOk(restartedBelow(victim, base));
          await poll('the container below printed its own marker', async () => ((await daemon.dockerOk(['logs', victim])).includes('plain') ? true : undefined), 30_000, 200);
          // the read-only bind: /w itself is read-only, the disk below it is not
          const w = await daemon.docker(['exec', flipper, 'touch', '/w/x']);
          expect(w.code, 'the top of the read-only bind is read-only').to.not.equal(0);
          await daemon.dockerOk(['exec', flipper, 'sh', '-c', `mv /w/disk/app /w/disk/app.old && ln -s ${OUT} /w/disk/app`]);
          await poll(`the daemon restarted ${victim} and it printed the host marker`, async () => ((await daemon.dockerOk(['logs', victim])).includes(TOKEN) ? true : undefined), 60_000, 250);
          note('5b read-only at its top only', `${topOnlyReadOnly(base).join(' ')}: the container swapped ${base}/disk/app for a link; the restart of ${victim} read ${OUT}/marker`);
        } finally {
          await daemon.docker(['rm', '-f', flipper, victim]);
          await unmountDisk(base);
        }
      });
    });
  });

  // ----- with dockgate -----

  describe('with dockgate (socket plugin, default policy config/policy.json)', () => {
    before(async function () {
      this.timeout(300_000);
      await ensureBuilt();
      mkdirSync(join(run!.tmp, 'plugin'), { mode: 0o700 });
      // no --policy: the default policy; the remembered host paths (start check) in this run's folder
      await plugin.start([], { DOCKGATE_STATE_DIR: stateDir() });
      mkdirSync(SPEC_DIR, { recursive: true });
      const spec = join(SPEC_DIR, `${pluginName}.spec`);
      run!.deleteLater(spec);
      writeFileSync(spec, `unix://${plugin.socket}\n`);
      await daemon.removeAllContainers();
      await daemon.stop();
      await startAtRoot({ authz: [pluginName], loopback: netns });
      await daemon.dockerOk(['version']);
    });

    describe('1. symlinked bind sources', () => {
      let link: string | undefined;
      it('setup stays allowed: a container with a data bind makes <data>/root -> /', async function () {
        this.timeout(60_000);
        link = await makeRootLink(join(DATA, 'dg/links'), 'dge2e-dg');
      });

      for (const door of LINK_DOORS) {
        it(`${door.title} is denied`, async function () {
          if (link === undefined) this.skip();
          const vol = `dge2e-dg-${door.id}`;
          const container = `dge2e-dg-${door.id}`;
          const written = writtenPath(door, link);
          if (door.volume !== undefined) {
            await expectDenied(door.volume(link, vol), { written, volume: vol });
            return;
          }
          await expectDenied(['run', '--name', container, ...BASE, ...door.mount(link, vol), IMAGE, 'true'], { written, container, volume: vol });
        });
      }
    });

    describe('1b. a swarm service binding the symlink', () => {
      it('docker service create --mount type=bind,source=<data>/root is denied; no service exists', async function () {
        this.timeout(120_000);
        if (!netns) this.skip();
        const link = join(DATA, 'dg/links/root');
        if (!existsSync(link)) this.skip();
        // swarm-init is a warning in the default policy: allowed
        await initSwarm();
        try {
          const before = await serviceNames();
          await expectDenied(serviceArgs('dge2e-dg-svc', link, 'true'), { written: link });
          expect(await serviceNames(), 'docker service ls changed').to.deep.equal(before);
        } finally {
          await leaveSwarm();
        }
      });
    });

    describe('2. a disk volume on a device node a container made', () => {
      let node: string | undefined;
      let dev: RootDevice | undefined;
      it('setup stays allowed: a container with a data bind makes a node of the root disk', async function () {
        this.timeout(60_000);
        const d = rootDevice();
        // without a root block device, a node of /dev/null's numbers stands for it: it must be denied just the same
        dev = 'reason' in d ? { source: '/dev/null', fstype: 'ext4', major: 1, minor: 3 } : d;
        node = await makeDiskNode(join(DATA, 'dg/dev'), dev, 'dge2e-dg');
      });

      it(`docker volume create -o type=<root fs type> -o device=<the node> is denied`, async function () {
        if (node === undefined || dev === undefined) this.skip();
        await expectDenied(['volume', 'create', '--driver', 'local', '--opt', `type=${dev.fstype}`, '--opt', `device=${node}`, 'dge2e-dg-disk'], { written: node, volume: 'dge2e-dg-disk' });
      });

      it(`--mount type=volume,volume-opt=type=<root fs type>,volume-opt=device=<the node> is denied`, async function () {
        if (node === undefined || dev === undefined) this.skip();
        await expectDenied(['run', '--name', 'dge2e-dg-disk2', ...BASE, '--mount', `type=volume,source=dge2e-dg-disk2,target=/host,volume-driver=local,volume-opt=type=${dev.fstype},volume-opt=device=${node}`, IMAGE, 'true'], {
          written: node,
          container: 'dge2e-dg-disk2',
          volume: 'dge2e-dg-disk2',
        });
      });
    });

    describe('3. overlay volumes with relative paths', () => {
      for (const c of OVERLAY_CASES) {
        it(`docker volume create -o type=overlay, ${c.title}: denied`, async () => {
          const folder = join(DATA, `dg/overlay-${c.id}`);
          c.prepare(folder, 'dg');
          await expectDenied(overlayVolumeCreate(c.o(folder, 'dg'), `dge2e-dg-ov-${c.id}`), { written: c.written('dg'), volume: `dge2e-dg-ov-${c.id}` });
        });

        it(`--mount type=volume with the same overlay options (${c.id}): denied`, async () => {
          const folder = join(DATA, `dg/overlay-${c.id}`);
          c.prepare(folder, 'dg');
          const container = `dge2e-dg-ovm-${c.id}`;
          // the option holds commas: quoted as a CSV field, as --mount reads it
          const mount = `type=volume,source=${container},target=/x,volume-driver=local,volume-opt=type=overlay,volume-opt=device=overlay,"volume-opt=o=${c.o(folder, 'dg')}"`;
          await expectDenied(['run', '--name', container, ...BASE, '--mount', mount, IMAGE, 'true'], { written: c.written('dg'), container, volume: container });
        });
      }
    });

    describe('4. root-run host paths', () => {
      for (const p of ROOT_RUN_PATHS) {
        it(`-v ${p}:/x is denied${existingRootRun(p) ? '' : ' (the path does not exist here: judged by its deepest existing ancestor)'}`, async () => {
          const container = `dge2e-dg-rootrun-${p.replace(/\W+/g, '-').replace(/^-/, '')}`;
          const existed = existsSync(p);
          await expectDenied(['create', '--name', container, ...BASE, '-v', `${p}:/x`, IMAGE, 'ls', '/x'], { written: p, container });
          expect(existsSync(p), `${p} must not have been created`).to.equal(existed);
        });
      }
    });

    describe('5. create, swap, start', () => {
      it('the create with a plain data folder is allowed; after the swap to a link, docker start is denied and the container never starts', async function () {
        this.timeout(60_000);
        const d = join(DATA, 'dg/swap/d');
        mkdirSync(d, { recursive: true });
        writeFileSync(join(d, 'plain'), 'plain\n');
        const container = 'dge2e-dg-swap';
        await daemon.dockerOk(['create', '--name', container, ...BASE, '-v', `${d}:/x`, IMAGE, 'cat', '/x/marker']);
        swapToLink(d);
        const seen = plugin.decisions().length;
        const r = await daemon.docker(['start', '-a', container]);
        if (process.env.DOCKGATE_E2E_VERBOSE === '1') process.stdout.write(`        -> ${r.stderr.trim()}\n`);
        const state = (await daemon.inspect(container))?.State as { Running: boolean; StartedAt: string } | undefined;
        expect(state, `${container} exists`).to.not.equal(undefined);
        expect(r.stdout, 'the container printed the marker').to.not.include(TOKEN);
        expect(state!.StartedAt, `${container} must never have started`).to.match(/^0001-01-01/);
        expect(r.code, `docker start should fail: ${r.stderr}`).to.not.equal(0);
        expect(deniedBy(ctx(), r.stderr), r.stderr).to.equal(true);
        const rules = ruleIds(r.stderr);
        expect(rules, r.stderr).to.include(HOST_PATH_RULE);
        expect(rules.filter((x) => !HOST_PATH_RULES.includes(x)), r.stderr).to.deep.equal([]);
        await poll(
          `a deny decision line for the start whose [${HOST_PATH_RULE}] violation names ${d}`,
          () =>
            plugin
              .decisions()
              .slice(seen)
              .find((x) => x.decision === 'deny' && (x.violations as readonly LoggedViolation[]).some((v) => v.rule === HOST_PATH_RULE && (v.found ?? '').includes(d))),
          10_000,
          50,
        );
        await daemon.dockerOk(['rm', '-f', container]);
      });

      // The start race needs a container that can write a folder above the bind source (to flip
      // a component of it between a folder and a symlink): the nesting check refuses that set-up.
      it('a bind below a running container\'s writable bind (-v <data>/race:/w) is denied at create, naming the nesting; with that bind read-only all the way down (:ro on 25+, bind-nonrecursive=true on 20.10) the same create is allowed', async function () {
        this.timeout(120_000);
        const race = join(DATA, 'dg/race');
        mkdirSync(join(race, 'd'), { recursive: true });
        const flipper = 'dge2e-dg-race-a';
        const victim = 'dge2e-dg-race-b';
        const victimArgs = ['create', '--name', victim, ...BASE, '-v', `${race}/d:/x`, IMAGE, 'true'];
        await daemon.dockerOk(['run', '-d', '--name', flipper, ...BASE, '-v', `${race}:/w`, IMAGE, 'sleep', '300']);
        try {
          const stderr = await expectDenied(victimArgs, { written: `${race}/d`, container: victim });
          expect(stderr, 'the deny names the nesting').to.include(`HostConfig.Binds[0] mounts ${race}/d, below `);
          expect(stderr, 'the fix names the folder above and the container that writes it').to.include(`or mount ${race} in ${flipper} (`).and.include(') read-only all the way down (');
          expect(stderr, 'the deny says why').to.include(`a container that can write ${race} (${flipper} (`);
          expect(stderr).to.include(`can swap a folder on the way to ${race}/d for a symlink between dockgate's check and the kernel's mount`);
        } finally {
          await daemon.dockerOk(['rm', '-f', flipper]);
        }
        // 20.10 never makes :ro recursive: there only a bind without the mounts below counts as read-only
        const readOnly = daemon.version.major < 25 ? ['--mount', `type=bind,source=${race},target=/w,readonly,bind-nonrecursive=true`] : ['-v', `${race}:/w:ro`];
        await daemon.dockerOk(['run', '-d', '--name', flipper, ...BASE, ...readOnly, IMAGE, 'sleep', '300']);
        try {
          const seen = plugin.decisions().length;
          await daemon.dockerOk(victimArgs);
          const line = await poll('the decision line of the create below a read-only bind', () => plugin.decisions().slice(seen).find((x) => x.operation === 'container.create' && x.containerName === victim), 10_000, 50);
          expect(line.decision).to.equal('allow');
        } finally {
          await daemon.dockerOk(['rm', '-f', flipper, victim]);
        }
      });

      it('a bind below a running container\'s read-only bind that is read-only at its top only is denied at create (the control above got the host through it)', async function () {
        this.timeout(120_000);
        const base = await diskBelow('dg');
        const flipper = 'dge2e-dg-rotop-a';
        const victim = 'dge2e-dg-rotop-b';
        try {
          await daemon.dockerOk(['run', '-d', '--name', flipper, ...BASE, ...topOnlyReadOnly(base), IMAGE, 'sleep', '300']);
          const stderr = await expectDenied(restartedBelow(victim, base), { written: `${base}/disk/app`, container: victim });
          // (the summary is cut at 120 characters; the note says the rest)
          expect(stderr, 'the deny names the nesting').to.include(`HostConfig.Binds[0] mounts ${base}/disk/app, below `);
          expect(stderr, 'and says why the read-only bind counts').to.include(`${base} is read-only at its top only (`).and.include(`a container that can write ${base} (${flipper} (`);
        } finally {
          await daemon.docker(['rm', '-f', flipper, victim]);
          await unmountDisk(base);
        }
      });
    });

    it('dockgate kept what it remembered in this run\'s state folder (DOCKGATE_STATE_DIR), not in a global one', () => {
      expect(existsSync(stateDir()), `${stateDir()} exists`).to.equal(true);
    });

    describe('6. ordinary use keeps working', () => {
      it('a data bind: -v <data>/plain:/data reads and writes the data folder', async () => {
        const d = join(DATA, 'dg/plain');
        mkdirSync(d, { recursive: true });
        writeFileSync(join(d, 'in'), `${TOKEN}\n`);
        const out = await runOk(['-v', `${d}:/data`], 'cat /data/in && echo out > /data/out', 'dge2e-dg-data');
        expect(out).to.include(TOKEN);
        expect(readFileSync(join(d, 'out'), 'utf8')).to.equal('out\n');
        const line = await waitForDecision(ctx(), 'the data bind create', (x) => x.operation === 'container.create' && x.containerName === 'dge2e-dg-data');
        expect(line.decision).to.equal('allow');
      });

      it('docker run --rm: its record is dropped once docker ps -a shows it gone, and a bind below its data folder is allowed again', async () => {
        const d = join(DATA, 'dg/rmjob');
        mkdirSync(join(d, 'sub'), { recursive: true });
        await runQuiet(['-v', `${d}:/w`], 'echo done > /w/job', 'dge2e-dg-rmjob');
        // the daemon removed the container by itself: dockgate still counts its writable bind
        // above <data>/rmjob/sub, and says how to clear it
        // (not expectDenied: its docker ps -a would clear the record first)
        const r = await daemon.docker(['create', '--name', 'dge2e-dg-rmnested', ...BASE, '-v', `${d}/sub:/x`, IMAGE, 'true']);
        expect(r.code, r.stderr).to.not.equal(0);
        expect(r.stderr).to.include(`authorization denied by plugin ${pluginName}: `).and.include(`below ${d}`).and.include('run docker ps -a');
        await daemon.dockerOk(['ps', '-a']);
        const out = await runOk(['-v', `${d}/sub:/x`], 'echo nested-ok');
        expect(out).to.include('nested-ok');
      });

      it('-v $PWD:/src from a project folder under /home', async () => {
        const project = join(HOME, 'project');
        mkdirSync(project, { recursive: true });
        writeFileSync(join(project, 'main.txt'), `${TOKEN}\n`);
        const script = `exec "$DOCKER" run --rm --name dge2e-dg-pwd ${BASE.join(' ')} -v "$PWD":/src ${IMAGE} sh -c 'cat /src/main.txt && echo built > /src/out.txt'`;
        const r = await runCmd('sh', ['-c', script], { cwd: project, env: { ...daemon.env(), DOCKER: daemon.engine.docker }, timeoutMs: 90_000 });
        expect(r.code, r.stderr).to.equal(0);
        expect(r.stdout).to.include(TOKEN);
        expect(readFileSync(join(project, 'out.txt'), 'utf8')).to.equal('built\n');
      });

      it('--tmpfs /t and --mount type=tmpfs,target=/m', async () => {
        const out = await runOk(['--tmpfs', '/t', '--mount', 'type=tmpfs,target=/m'], 'echo a > /t/f && echo b > /m/f && cat /t/f /m/f && grep -E " /(t|m) " /proc/mounts');
        expect(out).to.match(/^a\nb\n/);
        expect(out).to.match(/tmpfs \/t tmpfs/);
        expect(out).to.match(/tmpfs \/m tmpfs/);
      });

      it('a named volume: docker volume create, written by one container, read by another', async () => {
        await daemon.dockerOk(['volume', 'create', 'dge2e-dg-named']);
        await runQuiet(['-v', 'dge2e-dg-named:/data'], `echo ${TOKEN} > /data/f`);
        const out = await runOk(['--mount', 'type=volume,source=dge2e-dg-named,target=/data,readonly'], 'cat /data/f');
        expect(out).to.include(TOKEN);
        await daemon.dockerOk(['volume', 'rm', 'dge2e-dg-named']);
      });

      it('a compose project with a named volume: up, the data is there, down -v', async function () {
        this.timeout(120_000);
        if (composeBin === undefined) {
          if (REQUIRED) throw new Error(composeWhy);
          return notApplicable(this, '6 compose', composeWhy);
        }
        const dir = join(HOME, 'compose');
        mkdirSync(dir, { recursive: true });
        const project = `dge2e${tag}`;
        writeFileSync(
          join(dir, 'compose.yaml'),
          [
            'services:',
            '  app:',
            `    image: ${IMAGE}`,
            `    command: ["sh", "-c", "echo ${TOKEN} > /data/token && cat /data/token"]`,
            '    network_mode: none',
            '    mem_limit: 64m',
            '    restart: "no"',
            '    volumes:',
            '      - appdata:/data',
            'volumes:',
            '  appdata: {}',
            '',
          ].join('\n'),
        );
        const compose = (args: readonly string[]): Promise<string> => daemon.dockerOk(['compose', '--project-directory', dir, '-f', join(dir, 'compose.yaml'), '-p', project, ...args], { timeoutMs: 90_000 });
        try {
          await compose(['up', '-d']);
          const id = (await compose(['ps', '-a', '-q', 'app'])).trim();
          expect(id, 'compose created the app container').to.match(/^[0-9a-f]+$/);
          await daemon.dockerOk(['wait', id]);
          expect(await daemon.dockerOk(['logs', id])).to.include(TOKEN);
          expect(await volumeNames()).to.include(`${project}_appdata`);
          const out = await runOk(['-v', `${project}_appdata:/data:ro`], 'cat /data/token');
          expect(out).to.include(TOKEN);
        } finally {
          await compose(['down', '-v']);
        }
        expect(await volumeNames()).to.not.include(`${project}_appdata`);
      });
    });
  });
});
