/**
 * Holds the policy in force. A reload validates the new file completely before swapping it
 * in; a file that fails keeps the last good policy in force.
 */
import { loadPolicyFile, type Mode, type Policy } from './load.js';

export class PolicyHolder {
  private policy: Policy;

  constructor(private readonly file: string, private readonly modeOverride?: Mode) {
    this.policy = this.load();
  }

  private load(): Policy {
    const loaded = loadPolicyFile(this.file);
    return this.modeOverride ? { ...loaded, mode: this.modeOverride } : loaded;
  }

  current(): Policy {
    return this.policy;
  }

  /** Re-reads the file; throws (and keeps the old policy) when it is invalid. */
  reload(): Policy {
    this.policy = this.load();
    return this.policy;
  }
}
