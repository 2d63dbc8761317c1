/**
 * `dockgate policy show [FILE] [--user CN]` and `dockgate policy diff A B`: the effective policy,
 * what the engine really uses once the file is compiled (src/policy/load.ts): every rule with its
 * action and full options after the defaults (and, for a TLS user, after the first matching
 * profile), the mode, exemptions, custom rules, log settings and messages; and, between two
 * policies, every difference in those.
 *
 * Both read a policy only when `dockgate validate` finds no error in it; otherwise they print
 * validate's lines and exit 2. The effective view is built from the compiled policy (the same
 * compilePolicy the plugin runs), so it cannot drift from what serve decides with.
 */
import { readFileSync } from 'node:fs';
import type { RuleAction } from '../core/rule.js';
import type { CustomRuleEntry } from '../policy/custom-rules.js';
import { parsePolicy, type CompiledRule, type Policy, type PolicyDocument } from '../policy/load.js';
import { globMatcher } from '../rules/lib/glob.js';
import { runValidate } from './validate.js';

export type PolicyFormat = 'text' | 'json';

export interface PolicyOutput {
  readonly exitCode: 0 | 1 | 2;
  readonly text: string;
}

export interface EffectiveRule {
  readonly action: RuleAction;
  readonly options: Readonly<Record<string, unknown>>;
  readonly severity: string;
  /** A custom rule (its definition is in customRules). */
  readonly custom: boolean;
  /** With a user whose profile applies: the profile changed this rule's action or options. */
  readonly fromProfile?: boolean;
}

export interface EffectiveExemption {
  readonly id: string;
  readonly reason: string;
  readonly rules: readonly string[];
  readonly users?: readonly string[];
  readonly images?: readonly string[];
  readonly requireDigest: boolean;
  readonly containerNames?: readonly string[];
  /** With --user: whether its users selector lets this user through (no users selector: true). */
  readonly appliesToUser?: boolean;
}

export interface EffectiveProfile {
  readonly id: string;
  readonly users: readonly string[];
  /** The rules whose action or options differ from the policy's for its users. */
  readonly changes: Readonly<Record<string, { readonly action: RuleAction; readonly options: Readonly<Record<string, unknown>> }>>;
}

export interface EffectivePolicy {
  readonly file: string;
  readonly policyVersion: string;
  readonly mode: Policy['mode'];
  /** The TLS user the rules were computed for ('' = none: the policy's own rules). */
  readonly user: string;
  /** The profile that applies to `user`, or null. */
  readonly profile: string | null;
  /** Every rule, built-in then custom, in the engine's order. */
  readonly rules: Readonly<Record<string, EffectiveRule>>;
  /** Custom rule definitions (their action is in rules). */
  readonly customRules: readonly Omit<CustomRuleEntry, 'action'>[];
  readonly exemptions: readonly EffectiveExemption[];
  /** In file order: the first whose users match applies. */
  readonly profiles: readonly EffectiveProfile[];
  readonly log: { readonly level: string; readonly decisions: string; readonly sampleAllow: number };
  readonly messages: { readonly help?: string; readonly url?: string };
}

type Loaded = { ok: true; policy: Policy; doc: PolicyDocument } | { ok: false; text: string };

/** Loads a policy exactly as serve would, or validate's report of why it cannot. */
export function loadForShow(file: string): Loaded {
  const report = runValidate(file, 'text');
  if (report.exitCode !== 0) return { ok: false, text: report.text };
  try {
    const text = readFileSync(file, 'utf8');
    // validate found no error (no duplicate key either): JSON.parse reads the same document.
    return { ok: true, policy: parsePolicy(text, file), doc: JSON.parse(text) as PolicyDocument };
  } catch (err) {
    return { ok: false, text: `${file}: ${err instanceof Error ? err.message : String(err)}` };
  }
}

function optionsOf(r: CompiledRule): Record<string, unknown> {
  return { ...(r.options as Record<string, unknown>) };
}

/** JSON with object keys sorted: equal values give equal text, whatever the key order. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (typeof v === 'object' && v !== null) {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o).sort().map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`).join(',')}}`;
  }
  return v === undefined ? 'undefined' : JSON.stringify(v);
}

function sameJson(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** The profile the engine would apply for `user` (none over the unix socket, user ''). */
function profileFor(policy: Policy, user: string): Policy['profiles'][number] | undefined {
  return user === '' ? undefined : policy.profiles.find((p) => p.matches(user));
}

/** The effective policy for `user` ('' = no TLS user). */
export function effectivePolicy(policy: Policy, doc: PolicyDocument, file: string, user: string): EffectivePolicy {
  const profile = profileFor(policy, user);
  const base = new Map(policy.rules.map((r) => [r.rule.meta.id, r]));
  const customIds = new Set((doc.customRules ?? []).map((c) => c.id));
  const rules: Record<string, EffectiveRule> = {};
  for (const r of profile ? profile.rules : policy.rules) {
    const id = r.rule.meta.id;
    const policyRule = base.get(id);
    const changed = profile !== undefined && policyRule !== undefined && (policyRule.action !== r.action || !sameJson(policyRule.options, r.options));
    rules[id] = { action: r.action, options: optionsOf(r), severity: r.rule.meta.severity, custom: customIds.has(id), ...(changed ? { fromProfile: true } : {}) };
  }
  const userMatcher = (globs: readonly string[] | undefined): boolean | undefined => (user === '' ? undefined : globs === undefined ? true : globMatcher(globs)(user));
  const exemptions = (doc.exemptions ?? []).map((e): EffectiveExemption => {
    const applies = userMatcher(e.users);
    return {
      id: e.id, reason: e.reason, rules: [...e.rules],
      ...(e.users === undefined ? {} : { users: [...e.users] }),
      ...(e.images === undefined ? {} : { images: [...e.images] }),
      requireDigest: e.requireDigest ?? false,
      ...(e.containerNames === undefined ? {} : { containerNames: [...e.containerNames] }),
      ...(applies === undefined ? {} : { appliesToUser: applies }),
    };
  });
  const profiles = policy.profiles.map((p, i): EffectiveProfile => {
    const changes: Record<string, { action: RuleAction; options: Record<string, unknown> }> = {};
    for (const r of p.rules) {
      const b = base.get(r.rule.meta.id);
      if (b === undefined || b.action !== r.action || !sameJson(b.options, r.options)) changes[r.rule.meta.id] = { action: r.action, options: optionsOf(r) };
    }
    return { id: p.id, users: [...(doc.profiles?.[i]?.users ?? [])], changes };
  });
  return {
    file,
    policyVersion: policy.version,
    mode: policy.mode,
    user,
    profile: profile?.id ?? null,
    rules,
    customRules: (doc.customRules ?? []).map((c) => Object.fromEntries(Object.entries(c).filter(([k]) => k !== 'action')) as Omit<CustomRuleEntry, 'action'>),
    exemptions,
    profiles,
    log: { level: policy.logLevel ?? 'info', decisions: policy.logOptions.decisions, sampleAllow: policy.logOptions.sampleAllow },
    messages: { ...(policy.messages?.help === undefined ? {} : { help: policy.messages.help }), ...(policy.messages?.url === undefined ? {} : { url: policy.messages.url }) },
  };
}

/** A value in a line: JSON (strings quoted, so `"5"` and `5` differ), or `absent`. */
export function showValue(v: unknown): string {
  return v === undefined ? 'absent' : JSON.stringify(v);
}

function optionsText(options: Readonly<Record<string, unknown>>): string {
  return Object.entries(options).map(([k, v]) => `${k}=${showValue(v)}`).join(' ');
}

function countActions(rules: Readonly<Record<string, EffectiveRule>>): string {
  const count = { deny: 0, warn: 0, off: 0 };
  for (const r of Object.values(rules)) count[r.action] += 1;
  return `${String(Object.keys(rules).length)} (${String(count.deny)} deny, ${String(count.warn)} warn, ${String(count.off)} off)`;
}

function customText(c: Omit<CustomRuleEntry, 'action'>): string {
  const value = c.operator === 'exists' ? '' : ` ${showValue(c.value)}`;
  return `${c.operations.join(',')}: ${c.field} ${c.operator}${value} (severity ${c.severity ?? 'medium'}): ${c.message}${c.fix === undefined ? '' : `; fix: ${c.fix}`}`;
}

function exemptionText(e: EffectiveExemption): string {
  const parts = [`rules ${e.rules.join(',')}`];
  if (e.users) parts.push(`users ${e.users.join(',')}`);
  if (e.images) parts.push(`images ${e.images.join(',')}`);
  if (e.requireDigest) parts.push('requireDigest');
  if (e.containerNames) parts.push(`containerNames ${e.containerNames.join(',')}`);
  const user = e.appliesToUser === false ? ' [not for this user]' : '';
  return `${parts.join('; ')}${user} (${e.reason})`;
}

function ruleChangeText(id: string, r: { action: RuleAction; options: Readonly<Record<string, unknown>> }): string {
  const opts = optionsText(r.options);
  return `${id} ${r.action}${opts === '' ? '' : ` ${opts}`}`;
}

export function renderEffective(e: EffectivePolicy, format: PolicyFormat): string {
  if (format === 'json') return JSON.stringify(e, null, 2);
  const out: string[] = [`policy ${e.file} (version ${e.policyVersion}), mode ${e.mode}`];
  if (e.user !== '') out.push(e.profile === null ? `user ${e.user}: no profile matches; the policy's rules apply` : `user ${e.user}: profile ${e.profile} applies (rules it changes are marked *)`);
  out.push(`rules: ${countActions(e.rules)}`);
  const width = Math.max(...Object.keys(e.rules).map((id) => id.length)) + 2;
  for (const [id, r] of Object.entries(e.rules)) {
    const opts = optionsText(r.options);
    out.push(`${r.fromProfile === true ? '* ' : '  '}${id.padEnd(width)}${r.action.padEnd(5)}${opts === '' ? '' : ` ${opts}`}`.trimEnd());
  }
  out.push(e.customRules.length === 0 ? 'custom rules: none' : 'custom rules:');
  for (const c of e.customRules) out.push(`  ${c.id}  ${customText(c)}`);
  out.push(e.exemptions.length === 0 ? 'exemptions: none' : 'exemptions (each lifts its rules when every selector matches):');
  for (const x of e.exemptions) out.push(`  ${x.id}  ${exemptionText(x)}`);
  out.push(e.profiles.length === 0 ? 'profiles: none' : 'profiles (the first whose users match the TLS user applies):');
  for (const p of e.profiles) {
    const changes = Object.entries(p.changes).map(([id, r]) => ruleChangeText(id, r));
    out.push(`  ${p.id}  users ${p.users.join(',')}: ${changes.length === 0 ? 'changes nothing' : changes.join('; ')}`);
  }
  out.push(`log: level ${e.log.level}, decisions ${e.log.decisions}, sampleAllow ${String(e.log.sampleAllow)}`);
  out.push(e.messages.help === undefined && e.messages.url === undefined ? 'messages: none' : `messages: ${[e.messages.help === undefined ? '' : `help ${showValue(e.messages.help)}`, e.messages.url === undefined ? '' : `url ${e.messages.url}`].filter((s) => s !== '').join(', ')}`);
  out.push("(serve's --mode / DOCKGATE_MODE and --log-level / DOCKGATE_LOG_LEVEL override the mode and log level shown)");
  return out.join('\n');
}

/** `dockgate policy show FILE [--user CN] [--format json]`. */
export function runPolicyShow(file: string, opts: { readonly user: string; readonly format: PolicyFormat }): PolicyOutput {
  const loaded = loadForShow(file);
  if (!loaded.ok) return { exitCode: 2, text: `${loaded.text}\ndockgate policy show: ${file} is not a valid policy` };
  return { exitCode: 0, text: renderEffective(effectivePolicy(loaded.policy, loaded.doc, file, opts.user), opts.format) };
}

export interface PolicyChange {
  /** What changed, e.g. `memory-limit.options.max`, `mode`, `exemptions.ci.images`. */
  readonly path: string;
  /** The value in A (absent: not there). */
  readonly from?: unknown;
  /** The value in B (absent: not there). */
  readonly to?: unknown;
  /** The line as printed: `path: from -> to`. */
  readonly line: string;
}

function change(path: string, from: unknown, to: unknown, bare = false): PolicyChange {
  const show = (v: unknown): string => (bare && typeof v === 'string' ? v : showValue(v));
  return { path, ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }), line: `${path}: ${show(from)} -> ${show(to)}` };
}

/** Changes of one rule: its action, then each option (in A's order, then B's new ones). */
function ruleChanges(id: string, a: EffectiveRule | undefined, b: EffectiveRule | undefined): PolicyChange[] {
  if (a === undefined || b === undefined) return a === b ? [] : [change(id, a?.action, b?.action, true)];
  const out: PolicyChange[] = [];
  if (a.action !== b.action) out.push(change(id, a.action, b.action, true));
  const keys = [...new Set([...Object.keys(a.options), ...Object.keys(b.options)])];
  for (const k of keys) if (!sameJson(a.options[k], b.options[k])) out.push(change(`${id}.options.${k}`, a.options[k], b.options[k]));
  return out;
}

function allRuleChanges(a: Readonly<Record<string, EffectiveRule>>, b: Readonly<Record<string, EffectiveRule>>): PolicyChange[] {
  const ids = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return ids.flatMap((id) => ruleChanges(id, a[id], b[id]));
}

/** Field by field changes of two records with the same keys (exemptions, custom rules, log). */
function recordChanges(prefix: string, a: object, b: object, bare = false, order: readonly string[] = []): PolicyChange[] {
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = [...new Set([...order, ...Object.keys(ra), ...Object.keys(rb)])];
  return keys.filter((k) => !sameJson(ra[k], rb[k])).map((k) => change(`${prefix}.${k}`, ra[k], rb[k], bare));
}

/** Field order of the change lines (optional fields may be missing on one side). */
const EXEMPTION_FIELDS = ['id', 'reason', 'rules', 'users', 'images', 'requireDigest', 'containerNames', 'appliesToUser'];
const CUSTOM_FIELDS = ['id', 'description', 'operations', 'field', 'operator', 'value', 'message', 'fix', 'severity'];

/** A profile's effective rules as a full rule map (the policy's, with its changes). */
function profileRules(e: EffectivePolicy, p: EffectiveProfile): Record<string, EffectiveRule> {
  const out: Record<string, EffectiveRule> = {};
  for (const [id, r] of Object.entries(e.rules)) {
    const c = p.changes[id];
    out[id] = c === undefined ? r : { ...r, action: c.action, options: c.options };
  }
  return out;
}

/** Every difference between two effective policies, in a fixed order. */
export function diffEffective(a: EffectivePolicy, b: EffectivePolicy): PolicyChange[] {
  const out: PolicyChange[] = [];
  if (a.mode !== b.mode) out.push(change('mode', a.mode, b.mode, true));
  if (a.user !== '' && a.profile !== b.profile) out.push(change(`profile for user ${a.user}`, a.profile ?? 'none', b.profile ?? 'none', true));
  const rules = allRuleChanges(a.rules, b.rules);
  out.push(...rules);
  // custom rule definitions (their actions are among the rules above)
  const ca = new Map(a.customRules.map((c) => [c.id, c]));
  const cb = new Map(b.customRules.map((c) => [c.id, c]));
  for (const id of [...new Set([...ca.keys(), ...cb.keys()])]) {
    const x = ca.get(id);
    const y = cb.get(id);
    if (x !== undefined && y !== undefined) out.push(...recordChanges(id, x, y, false, CUSTOM_FIELDS));
    else if (x === undefined && y !== undefined) out.push({ path: id, to: y, line: `${id}: added (${customText(y)})` });
  }
  // exemptions: by id (any matching one exempts: their order does not matter)
  const ea = new Map(a.exemptions.map((x) => [x.id, x]));
  const eb = new Map(b.exemptions.map((x) => [x.id, x]));
  for (const id of [...new Set([...ea.keys(), ...eb.keys()])]) {
    const x = ea.get(id);
    const y = eb.get(id);
    const path = `exemptions.${id}`;
    if (x !== undefined && y !== undefined) out.push(...recordChanges(path, x, y, false, EXEMPTION_FIELDS));
    else if (x === undefined && y !== undefined) out.push({ path, to: y, line: `${path}: added (${exemptionText(y)})` });
    else if (x !== undefined) out.push({ path, from: x, line: `${path}: removed (${exemptionText(x)})` });
  }
  // profiles: what changes for their users beyond what changes for everyone (the lines above); the first match applies, so order counts
  if (a.user === '') {
    const everyone = new Set(rules.map((c) => c.line));
    const pa = new Map(a.profiles.map((p) => [p.id, p]));
    const pb = new Map(b.profiles.map((p) => [p.id, p]));
    for (const id of [...new Set([...pa.keys(), ...pb.keys()])]) {
      const x = pa.get(id);
      const y = pb.get(id);
      const path = `profiles.${id}`;
      if (x !== undefined && y !== undefined) {
        if (!sameJson(x.users, y.users)) out.push(change(`${path}.users`, x.users, y.users));
        for (const c of allRuleChanges(profileRules(a, x), profileRules(b, y))) {
          if (!everyone.has(c.line)) out.push({ ...c, path: `${path}.${c.path}`, line: `${path}.${c.line}` });
        }
      } else if (x === undefined && y !== undefined) {
        out.push({ path, to: y, line: `${path}: added (users ${y.users.join(',')}: ${Object.entries(y.changes).map(([rid, r]) => ruleChangeText(rid, r)).join('; ') || 'changes nothing'})` });
      } else if (x !== undefined) {
        out.push({ path, from: x, line: `${path}: removed (users ${x.users.join(',')})` });
      }
    }
    const orderA = a.profiles.map((p) => p.id).filter((id) => pb.has(id));
    const orderB = b.profiles.map((p) => p.id).filter((id) => pa.has(id));
    if (!sameJson(orderA, orderB)) out.push(change('profiles.order', orderA.join(','), orderB.join(','), true));
  }
  out.push(...recordChanges('log', a.log, b.log, true));
  out.push(...recordChanges('messages', a.messages, b.messages));
  // a removed custom rule: its rule line already says `id: warn -> absent`
  return out;
}

/** `dockgate policy diff A B [--user CN] [--format json]`: exit 0 equal, 1 different, 2 invalid. */
export function runPolicyDiff(fileA: string, fileB: string, opts: { readonly user: string; readonly format: PolicyFormat }): PolicyOutput {
  const la = loadForShow(fileA);
  const lb = loadForShow(fileB);
  const bad = [la, lb].flatMap((l, i) => (l.ok ? [] : [`${l.text}\ndockgate policy diff: ${i === 0 ? fileA : fileB} is not a valid policy`]));
  if (!la.ok || !lb.ok) return { exitCode: 2, text: bad.join('\n\n') };
  const a = effectivePolicy(la.policy, la.doc, fileA, opts.user);
  const b = effectivePolicy(lb.policy, lb.doc, fileB, opts.user);
  const changes = diffEffective(a, b);
  const exitCode = changes.length === 0 ? 0 : 1;
  if (opts.format === 'json') {
    return { exitCode, text: JSON.stringify({ a: fileA, b: fileB, ...(opts.user === '' ? {} : { user: opts.user }), equal: changes.length === 0, changes }, null, 2) };
  }
  const who = opts.user === '' ? '' : ` for user ${opts.user}`;
  if (changes.length === 0) return { exitCode, text: `${fileA} and ${fileB} are the same effective policy${who}` };
  return { exitCode, text: [...changes.map((c) => c.line), `${String(changes.length)} difference${changes.length === 1 ? '' : 's'} between ${fileA} and ${fileB}${who}`].join('\n') };
}
