/**
 * `dockgate validate [FILE]`: checks a policy file against the schema and the rule options,
 * as `dockgate serve` does at start and on reload, and prints every problem with its JSON
 * path. Exit 0 when the policy is valid, 1 when it is not (including unreadable or not JSON).
 */
import { loadPolicyFile, PolicyError, type Policy } from '../policy/load.js';

export interface ValidateOutput {
  readonly exitCode: 0 | 1;
  readonly text: string;
}

/** `N rules: X deny, Y warn, Z off` for a compiled policy. */
export function ruleSummary(policy: Policy): string {
  const count = { deny: 0, warn: 0, off: 0 };
  for (const r of policy.rules) count[r.action] += 1;
  return `${String(policy.rules.length)} rules: ${String(count.deny)} deny, ${String(count.warn)} warn, ${String(count.off)} off`;
}

export function runValidate(file: string): ValidateOutput {
  try {
    const policy = loadPolicyFile(file);
    return { exitCode: 0, text: `${file}: ok (policy version ${policy.version}, mode ${policy.mode}, ${ruleSummary(policy)})` };
  } catch (err) {
    if (err instanceof PolicyError) {
      return { exitCode: 1, text: err.issues.map((i) => `${file}: ${i.path || '/'}: ${i.message}`).join('\n') };
    }
    return { exitCode: 1, text: `${file}: /: ${err instanceof Error ? err.message : String(err)}` };
  }
}
