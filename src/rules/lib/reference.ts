/**
 * Docker image / plugin references: the one parser lives in request/reference.ts (state and
 * policy use it too, and they sit below or beside the rules). Re-exported here for the rules.
 */
export * from '../../request/reference.js';
