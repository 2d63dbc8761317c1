/**
 * The policy diagnostics' codes: stable names (never renamed, never reused) that `dockgate
 * validate` prints after each problem, `--format json` carries, and the policy-reload log lines
 * hold in `issues[].code`. README.md "Policy error catalogue" lists each (a test keeps the
 * two in step).
 */

export type DiagnosticSeverity = 'error' | 'warning';

export interface CodeInfo {
  readonly severity: DiagnosticSeverity;
  /** What it means, for the catalogue. */
  readonly meaning: string;
}

export const POLICY_CODES = {
  DG_POLICY_UNREADABLE: { severity: 'error', meaning: 'the file cannot be read (missing, not a regular file, no permission)' },
  DG_POLICY_JSON_SYNTAX: { severity: 'error', meaning: 'the text is not JSON; reported at the line and column where it stops being JSON, with the line and a caret' },
  DG_POLICY_DUPLICATE_KEY: { severity: 'error', meaning: 'a key given twice in one object: JSON parsers keep only the last one, silently dropping the first' },
  DG_POLICY_TYPE: { severity: 'error', meaning: 'a value of the wrong type (a string where a number goes, ...)' },
  DG_POLICY_REQUIRED: { severity: 'error', meaning: 'a required property is missing' },
  DG_POLICY_UNKNOWN_PROPERTY: { severity: 'error', meaning: 'a property the schema does not know (with the closest known name)' },
  DG_POLICY_UNKNOWN_RULE: { severity: 'error', meaning: 'a rule id no rule has, in rules, a profile or an exemption (with the closest id)' },
  DG_POLICY_UNKNOWN_OPTION: { severity: 'error', meaning: 'an option the rule does not have (with the closest option name)' },
  DG_POLICY_BAD_VALUE: { severity: 'error', meaning: 'a value outside its allowed set, e.g. an action other than deny, warn, off or {action, options} (with the closest allowed value)' },
  DG_POLICY_OUT_OF_RANGE: { severity: 'error', meaning: 'a number, string or list outside its bounds (minimum, maximum, length, items)' },
  DG_POLICY_PATTERN: { severity: 'error', meaning: 'a string that does not have the required form (ids, URLs)' },
  DG_POLICY_DUPLICATE_ID: { severity: 'error', meaning: 'two exemptions, profiles or custom rules with the same id: log lines and references could not tell them apart' },
  DG_POLICY_NOT_EXEMPTIBLE: { severity: 'error', meaning: 'self-protection named in an exemption or a profile: only its adminUsers option changes who it lets through' },
  DG_POLICY_UNKNOWN_CAPABILITY: { severity: 'error', meaning: 'a name in capabilities.allowed that is no Linux capability (checked as the daemon reads it: upper case, CAP_ prefix)' },
  DG_POLICY_UNKNOWN_FIELD: { severity: 'error', meaning: "a custom rule's field that is not in the request view of its operations: it would validate and never fire" },
  DG_POLICY_SECRET_FIELD: { severity: 'error', meaning: 'a custom rule reading Env: its values are secrets and would reach messages and logs' },
  DG_POLICY_BAD_REGEX: { severity: 'error', meaning: "a custom rule's regex that does not compile" },
  DG_POLICY_UNSAFE_REGEX: { severity: 'error', meaning: "a custom rule's regex that could backtrack exponentially on a requester-chosen value" },
  DG_POLICY_TAG_EXEMPTION: { severity: 'warning', meaning: 'an exemption matching images by tag without requireDigest: anyone with API access can re-tag any image to match it' },
  DG_POLICY_NO_EFFECT: { severity: 'warning', meaning: 'an entry that changes nothing (e.g. ALL in capabilities.allowed, which is never allowed)' },
  DG_POLICY_INVALID: { severity: 'error', meaning: 'any other schema violation' },
} as const satisfies Readonly<Record<string, CodeInfo>>;

export type PolicyCode = keyof typeof POLICY_CODES;
