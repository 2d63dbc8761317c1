/**
 * The live rule context (core/context.ts): the facts `serve`, `check` and `scan` give the rules,
 * read from the host (through the host root) and from what dockgate remembers of the daemon's
 * objects. The only file of rules/ that reaches the host and the state modules.
 */
import type { RuleContext } from '../../core/context.js';

export const liveContext: RuleContext = {};
