/**
 * What a rule may know beyond the request and its options: facts about the host and the
 * daemon, given to `create` (core/rule.ts) when the policy compiles. A rule does no I/O of its
 * own; it asks the context, which the caller builds (the live one reads the host through the
 * host root and dockgate's memory of the daemon's objects; a test passes its own).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface RuleContext {}
