/**
 * The rule contract, for the rule files that import it from here: it lives in core/rule.ts
 * (the layers below the engine need it too). New code imports core/rule.js.
 */
export * from '../core/rule.js';
