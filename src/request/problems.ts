/**
 * Request-level problems: things dockgate cannot see or decode with certainty. Each one
 * denies the request (fail closed) whatever the policy's rules say; only audit mode lets
 * them through (and logs them). Codes are stable, like rule ids, and never reused.
 */

export const PROBLEM_CODES = {
  DG_ENVELOPE_INVALID: 'the daemon envelope could not be read',
  DG_ENVELOPE_EMPTY: 'the daemon retried a request after the plugin restarted, with an empty envelope',
  DG_URI_INVALID: 'the request URI could not be routed with certainty',
  DG_ENDPOINT_UNKNOWN: 'a mutating request to an endpoint dockgate does not know',
  DG_BODY_MISSING: 'the request body was not visible to the plugin',
  DG_BODY_INVALID: 'the request body is not valid JSON',
  DG_BODY_NOT_OBJECT: 'the request body is not a JSON object',
  DG_BODY_TYPE: 'the request body has a value of the wrong type (the daemon rejects it)',
  DG_BODY_AMBIGUOUS: 'the request body decodes differently depending on the daemon build',
  DG_LEGACY_HOSTCONFIG: 'HostConfig fields at the top level of a create body',
  DG_START_BODY: 'a container start request that carries a HostConfig body',
  DG_FORM_BODY: 'a request whose parameters may be in a form body the plugin cannot see',
  DG_BODY_TOO_LARGE: 'the envelope is larger than the plugin accepts',
  DG_INTERNAL: 'dockgate failed while deciding',
} as const;

export type ProblemCode = keyof typeof PROBLEM_CODES;

export interface RequestProblem {
  readonly code: ProblemCode;
  /** What was found, for the deny message. */
  readonly detail: string;
  /** What to change. */
  readonly fix: string;
}

export function problem(code: ProblemCode, detail: string, fix: string): RequestProblem {
  return { code, detail, fix };
}
