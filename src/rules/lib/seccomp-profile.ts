/**
 * Seccomp profiles judged by what they let through, against Docker's default profile.
 *
 * The daemon decodes a custom profile (`--security-opt seccomp=<JSON>`) with encoding/json into
 * moby's seccomp.Seccomp (profiles/seccomp), keeps the rules whose `includes` / `excludes`
 * (native architecture, the container's bounding capabilities, kernel version) select them
 * (setupSeccomp), and runc installs the filter. A profile with neither a default action nor rules
 * means no filter at all. The default profile goes through the same selection.
 *
 * A custom profile passes when every syscall it lets through (an action that runs the syscall:
 * ALLOW, LOG; or that hands the decision to something outside the filter: TRACE, NOTIFY; or an
 * action dockgate does not know) is one Docker's default profile lets through for the same
 * container: unconditionally, or under exactly the same argument conditions. A permissive
 * default action always fails: it lets through every syscall the profile does not name, including
 * ones a newer kernel adds.
 */
import { decodeGoJSON } from '../../request/gojson/decode.js';
import { ptr, slice, string, struct, uint32, uint64, type Infer } from '../../request/gojson/schema.js';
import DEFAULT_PROFILE from './seccomp-default.json' with { type: 'json' };

const Arg = struct('specs.LinuxSeccompArg', { index: uint32, value: uint64, valueTwo: uint64, op: string });
/** KernelVersion unmarshals from a "major.minor" string. */
const Filter = struct('seccomp.Filter', { caps: slice(string), arches: slice(string), minKernel: ptr(string) });
const Syscall = struct('seccomp.Syscall', {
  // specs.LinuxSyscall, embedded (promoted fields)
  names: slice(string),
  action: string,
  errnoRet: ptr(uint32),
  args: slice(Arg),
  // seccomp.Syscall
  name: string,
  comment: string,
  includes: ptr(Filter),
  excludes: ptr(Filter),
});
const Architecture = struct('seccomp.Architecture', { architecture: string, subArchitectures: slice(string) });
/** seccomp.Seccomp with its embedded specs.LinuxSeccomp; its `syscalls` shadows the embedded one. */
const Profile = struct('seccomp.Seccomp', {
  defaultAction: string,
  defaultErrnoRet: ptr(uint32),
  architectures: slice(string),
  flags: slice(string),
  listenerPath: string,
  listenerMetadata: string,
  archMap: slice(Architecture),
  syscalls: slice(ptr(Syscall)),
});

type SyscallRule = Infer<typeof Syscall>;
type ArgRule = Infer<typeof Arg>;
export type SeccompProfile = Infer<typeof Profile>;

/** Actions that stop the syscall inside the filter. */
const BLOCKING = new Set(['SCMP_ACT_KILL', 'SCMP_ACT_KILL_PROCESS', 'SCMP_ACT_KILL_THREAD', 'SCMP_ACT_TRAP', 'SCMP_ACT_ERRNO']);
/** Filter flags with no security effect (LOG: log what is not allowed; TSYNC: runc sets it anyway). */
const HARMLESS_FLAGS = new Set(['SECCOMP_FILTER_FLAG_LOG', 'SECCOMP_FILTER_FLAG_TSYNC']);

/** What the daemon's setupSeccomp needs to select rules: the container's capabilities, the kernel. */
export interface SeccompContext {
  /** Whether the container's bounding set holds the capability (`CAP_SYS_ADMIN`). */
  readonly hasCap: (cap: string) => boolean;
  /** The running kernel as [major, minor] (the rule context's `kernel`), or undefined when unknown. */
  readonly kernel: readonly [number, number] | undefined;
  /** GOARCH-style native architecture name the profiles use in includes/excludes (`amd64`). */
  readonly arch: string;
}

const GOARCH: Readonly<Record<string, string>> = { x64: 'amd64', arm64: 'arm64', arm: 'arm', ia32: 'x86', ppc64: 'ppc64le', s390x: 's390x', riscv64: 'riscv64' };

/** The native architecture as moby's profile code names it. */
export const NATIVE_ARCH = GOARCH[process.arch] ?? process.arch;

/** [major, minor] of a kernel release string (`6.1.0-18-amd64`, `4.8`). */
export function kernelVersion(s: string): [number, number] | undefined {
  const m = /^(\d+)\.(\d+)/.exec(s);
  return m?.[1] !== undefined && m[2] !== undefined ? [Number(m[1]), Number(m[2])] : undefined;
}

/** Whether the running kernel ([major, minor], as RuleContext has it) is `min` (`5.12`) or later; undefined when either is unknown. */
export function kernelAtLeast(kernel: readonly [number, number] | undefined, min: string): boolean | undefined {
  const want = kernelVersion(min);
  if (!want || !kernel) return undefined;
  return kernel[0] > want[0] || (kernel[0] === want[0] && kernel[1] >= want[1]);
}

/**
 * Whether setupSeccomp keeps the rule. `conservative` (for the custom profile's permissive
 * rules) keeps a rule whose kernel condition is unknown, or that a daemon older than the
 * condition would keep anyway; the default profile's rules are selected for the running kernel,
 * and dropped when it is unknown.
 */
function selected(rule: SyscallRule, ctx: SeccompContext, conservative: boolean): boolean {
  const ex = rule.excludes;
  if (ex) {
    if ((ex.arches ?? []).includes(ctx.arch)) return false;
    if ((ex.caps ?? []).some((c) => ctx.hasCap(c))) return false;
    if (ex.minKernel !== null && !conservative && kernelAtLeast(ctx.kernel, ex.minKernel) !== false) return false;
  }
  const inc = rule.includes;
  if (inc) {
    const arches = inc.arches ?? [];
    if (arches.length > 0 && !arches.includes(ctx.arch)) return false;
    if ((inc.caps ?? []).some((c) => !ctx.hasCap(c))) return false;
    if (inc.minKernel !== null && !conservative && kernelAtLeast(ctx.kernel, inc.minKernel) !== true) return false;
  }
  return true;
}

function namesOf(rule: SyscallRule): readonly string[] {
  return rule.name !== '' ? [rule.name] : (rule.names ?? []);
}

const argKey = (args: readonly ArgRule[]): string =>
  args
    .map((a) => `${a.index}/${a.op}/${a.value}/${a.valueTwo}`)
    .sort()
    .join('&');

/** What a profile lets through, by syscall name: `true` unconditionally, else the argument conditions (keys). */
type Allowance = ReadonlyMap<string, true | ReadonlySet<string>>;

interface DefaultData {
  readonly mobyVersion: string;
  readonly defaultAction: string;
  readonly syscalls: readonly SyscallRule[];
}

/** Docker's default profile, filled in with the Go zero values the decoder would give. */
export const DOCKER_DEFAULT: DefaultData & { readonly syscallsSha256: string } = {
  mobyVersion: DEFAULT_PROFILE.mobyVersion,
  syscallsSha256: DEFAULT_PROFILE.syscallsSha256,
  defaultAction: DEFAULT_PROFILE.defaultAction,
  syscalls: DEFAULT_PROFILE.syscalls.map((r) => {
    const raw = r as { names: string[]; action: string; args?: { index: number; value: number; op: string }[]; includes?: { caps?: string[]; arches?: string[]; minKernel?: string }; excludes?: { caps?: string[]; arches?: string[]; minKernel?: string } };
    const filter = (f: typeof raw.includes) => (f ? { caps: f.caps ?? null, arches: f.arches ?? null, minKernel: f.minKernel ?? null } : null);
    return {
      names: raw.names,
      action: raw.action,
      errnoRet: null,
      args: (raw.args ?? []).map((a) => ({ index: a.index, value: a.value, valueTwo: 0, op: a.op })),
      name: '',
      comment: '',
      includes: filter(raw.includes),
      excludes: filter(raw.excludes),
    };
  }),
};

function defaultAllowance(ctx: SeccompContext): Allowance {
  const out = new Map<string, true | Set<string>>();
  for (const rule of DOCKER_DEFAULT.syscalls) {
    if (rule.action !== 'SCMP_ACT_ALLOW' || !selected(rule, ctx, false)) continue;
    const args = rule.args ?? [];
    for (const name of namesOf(rule)) {
      const had = out.get(name);
      if (had === true) continue;
      if (args.length === 0) out.set(name, true);
      else out.set(name, (had ?? new Set<string>()).add(argKey(args)));
    }
  }
  return out;
}

export type Verdict =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: string };

/** The decoded profile (JSON text, or its bytes as a service carries them), or why it cannot be read (the daemon fails the create on most of these). */
export function decodeProfile(text: string | Uint8Array): { profile: SeccompProfile | null } | { error: string } {
  const r = decodeGoJSON<SeccompProfile>(text, Profile);
  if (r.syntaxError) return { error: `not JSON Go can decode (${r.syntaxError.message})` };
  if (r.typeError) return { error: `${r.typeError.path}: ${r.typeError.message}` };
  if (r.ambiguities.length > 0) return { error: 'its meaning depends on the daemon version' };
  return { profile: r.value };
}

const permissive = (action: string): boolean => !BLOCKING.has(action);

/**
 * Judges a custom profile for one container. `extraSyscalls` are names the policy allows a
 * profile to let through on top of Docker's default.
 */
export function judgeProfile(text: string | Uint8Array, ctx: SeccompContext, extraSyscalls: ReadonlySet<string>): Verdict {
  const decoded = decodeProfile(text);
  if ('error' in decoded) return { ok: false, reason: `dockgate cannot read the profile: ${decoded.error}` };
  const p = decoded.profile;
  const rules = (p?.syscalls ?? []).filter((r): r is SyscallRule => r !== null);
  if (p === null || (p.defaultAction === '' && rules.length === 0)) {
    return { ok: false, reason: 'an empty profile (no defaultAction, no syscalls) installs no filter at all: unconfined' };
  }
  if (permissive(p.defaultAction)) {
    const what = p.defaultAction === '' ? 'an empty defaultAction' : `defaultAction ${p.defaultAction}`;
    return { ok: false, reason: `${what} lets through every syscall the profile does not name` };
  }
  const flags = (p.flags ?? []).filter((f) => !HARMLESS_FLAGS.has(f));
  if (flags.length > 0) return { ok: false, reason: `filter flags ${flags.join(', ')} weaken the filter (only SECCOMP_FILTER_FLAG_LOG is known harmless)` };
  const baseline = defaultAllowance(ctx);
  const beyond = new Set<string>();
  for (const rule of rules) {
    if (!permissive(rule.action) || !selected(rule, ctx, true)) continue;
    const key = argKey(rule.args ?? []);
    for (const name of namesOf(rule)) {
      if (extraSyscalls.has(name)) continue;
      const base = baseline.get(name);
      if (base === true) continue;
      if (base !== undefined && key !== '' && base.has(key)) continue;
      beyond.add(rule.action === 'SCMP_ACT_ALLOW' || rule.action === 'SCMP_ACT_LOG' ? name : `${name} (${rule.action})`);
    }
  }
  if (beyond.size === 0) return { ok: true };
  const list = [...beyond];
  const shown = list.length > 8 ? `${list.slice(0, 8).join(', ')} and ${list.length - 8} more` : list.join(', ');
  return { ok: false, reason: `it lets through syscalls Docker's default profile blocks for this container: ${shown}` };
}
