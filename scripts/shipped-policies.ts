/**
 * The shipped policies (config/policy.json, config/audit.json, config/strict.json): what each one
 * chooses that the rules' metadata cannot say. `npm run gen` (scripts/gen.ts) writes each file:
 * every registered rule, in the registry's order, with the action this file gives it (the rule's
 * defaultAction, or one action for every rule) and its options (the rule's defaultOptions where
 * this file shows them, then this file's own choices over them). A new rule therefore appears in
 * every shipped policy without being listed here.
 *
 * Hand-written here, because no rule's metadata says them: each policy's description and mode,
 * which rules' default options the default policy spells out (the ones an operator is expected
 * to tune; long built-in lists such as capabilities' or sensitive-mounts' stay in the rule, so a
 * copied policy keeps following them), the strict policy's tighter options, and the fields after
 * `rules`.
 */
import type { RuleAction } from '../src/core/rule.js';

export interface ShippedPolicy {
  /** Path from the repository root. */
  readonly path: string;
  /** The top-level fields before `rules`, in order. */
  readonly head: Readonly<Record<string, unknown>>;
  /** Every rule's action: `default` (its metadata's defaultAction) or one action for all. */
  readonly action: 'default' | RuleAction;
  /** Rules whose default options are written out in full. */
  readonly showDefaults: readonly string[];
  /** This policy's own options for a rule, written over its defaults (shown or not). */
  readonly options: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** The top-level fields after `rules`, in order. */
  readonly tail: Readonly<Record<string, unknown>>;
}

const SCHEMA = { $schema: './policy.schema.json' };
const LOG = { log: { level: 'info' } };

export const SHIPPED_POLICIES: readonly ShippedPolicy[] = [
  {
    path: 'config/policy.json',
    head: {
      ...SCHEMA,
      description: 'dockgate default policy: deny what gives a container (or a plugin, or another swarm) the host, and dockgate being disabled; enforce memory limits and bounded restarts; warn (allow and log) on hardening recommendations that would break ordinary workloads.',
      mode: 'enforce',
    },
    action: 'default',
    showDefaults: [
      'host-network',
      'seccomp-unconfined',
      'apparmor-unconfined',
      'memory-limit',
      'restart-policy',
      'host-pid',
      'host-ipc',
      'security-opt-allowlist',
      'plugin-install',
      'self-protection',
      'swarm-join',
    ],
    options: {},
    tail: { exemptions: [], ...LOG },
  },
  {
    path: 'config/audit.json',
    head: {
      ...SCHEMA,
      description: 'Rollout policy: the default policy\'s rules and actions, but nothing is denied; every request the default policy would deny is logged with wouldDeny=true.',
      mode: 'audit',
    },
    action: 'default',
    showDefaults: [],
    options: {},
    tail: LOG,
  },
  {
    path: 'config/strict.json',
    head: {
      ...SCHEMA,
      description: 'Strict policy: every rule denies, including the hardening recommendations (read-only root, PIDs and CPU limits, no-new-privileges, pinned images, ports on one interface, user-defined networks...) and swarm services without an explicit bounded restart policy. For hardened hosts whose workloads were written for it; roll out with audit mode first.',
      mode: 'enforce',
    },
    action: 'deny',
    showDefaults: [],
    options: {
      'restart-policy': { maxRetries: 5, denySwarmDefault: true },
      'sensitive-mounts': { strict: true, strictPaths: ['/srv/volumes/*'] },
    },
    tail: { exemptions: [], ...LOG },
  },
];
