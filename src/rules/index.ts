/** Every built-in rule, by id. A rule's file, test and doc are named by its id. */
import type { AnyRule } from '../engine/types.js';
import apparmorUnconfined from './apparmor-unconfined.js';
import hostNetwork from './host-network.js';
import memoryLimit from './memory-limit.js';
import privileged from './privileged.js';
import restartPolicy from './restart-policy.js';
import seccompUnconfined from './seccomp-unconfined.js';

export const RULES: readonly AnyRule[] = [privileged, hostNetwork, seccompUnconfined, apparmorUnconfined, memoryLimit, restartPolicy];

export const RULES_BY_ID: ReadonlyMap<string, AnyRule> = new Map(RULES.map((r) => [r.meta.id, r]));
