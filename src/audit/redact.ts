/**
 * Redaction of every string that goes into a decision line. decisionRecord already limits
 * what reaches the log (rule findings, image, container name, path, user); this pass makes
 * sure that none of it carries a secret: credentials in key=value form, Authorization
 * values, AWS access key ids, PEM blocks, long base64/hex blobs in a finding, Env values and
 * the values of labels whose key looks secret-like.
 */

export const REDACTED = '[redacted]';

/** Label keys (or Env names) whose values are never logged. */
const SECRET_KEY = /pass(?:word|wd)?|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|auth|credential|cert|session|cookie|signature/i;

const PEM = /-----BEGIN [^-\r\n]*-----[\s\S]*?(?:-----END [^-\r\n]*-----|$)/g;
const AUTH_SCHEME = /\b(Basic|Bearer|Token|Digest)(\s+)[^\s,;"']+/gi;
const AWS_KEY = /(?:AKIA|ASIA|AIDA|AROA)[0-9A-Z]{16}/g;
const CREDENTIAL_WORD = 'password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|auth(?:orization)?|credentials?';
/**
 * `key=value`, `key: value`, `"key":value`: forms no image, plugin or volume reference takes
 * (a reference has no `=`, space or quote), so any key that starts with a credential word counts.
 */
const KEY_VALUE = new RegExp(`((?:${CREDENTIAL_WORD})[A-Za-z0-9_.-]*(?:"\\s*[=:]|\\s*=|\\s+:|:(?=\\s))\\s*)("[^"]*"|'[^']*'|[^\\s&;,"']+)`, 'gi');
/**
 * Unquoted `key:value` with no space is also how references are written: `127.0.0.1:5000/authz:1`
 * (plugin, image: name and tag), `token-vol:/data` (volume and target), `/srv/token:/x` (bind).
 * Here the key must be a whole token that ends in a credential word (`db_password:x`, `auth:x`,
 * not `authz:1` or `tokenizer:2`), not a path or reference component (nothing but a separator
 * before it, never `/`), and the value must not be an absolute path.
 */
const TIGHT_KEY_VALUE = new RegExp(`((?<![A-Za-z0-9_.\\/-])[A-Za-z0-9_.-]*(?:${CREDENTIAL_WORD}):)(?!/)([^\\s&;,"']+)`, 'gi');
/** Runs of base64/hex characters; a run is a blob when one of its `/` segments is over 40 chars, or it is not a path and is over 40 chars of mixed classes. */
const BLOB_CANDIDATE = /(?<![A-Za-z0-9+/_=-])[A-Za-z0-9+/_=-]{41,}/g;
/** Image and content digests are what an auditor needs: not blobs. */
const DIGEST_PREFIX = /(?:sha256|sha384|sha512):$/;

function isBlob(run: string): boolean {
  if (run.split('/').some((segment) => segment.length > 40)) return true;
  if (run.startsWith('/')) return false;
  return /[0-9]/.test(run) && /[a-z]/.test(run) && /[A-Z]/.test(run);
}

/**
 * What the patterns above need in order to match at all: PEM a space (`-----BEGIN `), an
 * Authorization scheme white space, an AWS key its prefix, a key=value form `=` or `:`. A string
 * with none of these is returned as it is without running them (most logged strings: paths,
 * operations, short values such as `true` or `host`).
 */
const ANY_TRIGGER = /[\s=:]|A(?:KIA|SIA|IDA|ROA)/;
const WHITE_SPACE = /\s/;
const AWS_PREFIX = /A(?:KIA|SIA|IDA|ROA)/;
/** Every alternative of CREDENTIAL_WORD holds one of these (case-insensitive). */
const CREDENTIAL_HINT = /pass|pwd|secret|token|key|auth|credential/i;

/** The patterns in the order redactString applies them, each with what replaces a match. */
export const REDACTION_PATTERNS: readonly (readonly [RegExp, string])[] = [
  [PEM, REDACTED],
  [AUTH_SCHEME, `$1$2${REDACTED}`],
  [AWS_KEY, REDACTED],
  [KEY_VALUE, `$1${REDACTED}`],
  [TIGHT_KEY_VALUE, `$1${REDACTED}`],
];

/**
 * Secret-looking parts of any logged string replaced with [redacted]. Each pattern runs only on
 * a string that holds what it needs to match (tested on the string as the previous patterns left
 * it), so the result is the same as running all of REDACTION_PATTERNS, in order, on every string
 * (test/unit/audit/redact.test.ts compares the two on generated strings).
 */
export function redactString(s: string): string {
  if (s === '' || !ANY_TRIGGER.test(s)) return s;
  let out = s;
  if (WHITE_SPACE.test(out)) {
    if (out.includes('-----BEGIN ')) out = out.replace(PEM, REDACTED);
    out = out.replace(AUTH_SCHEME, `$1$2${REDACTED}`);
  }
  if (AWS_PREFIX.test(out)) out = out.replace(AWS_KEY, REDACTED);
  if ((out.includes('=') || out.includes(':')) && CREDENTIAL_HINT.test(out)) {
    out = out.replace(KEY_VALUE, `$1${REDACTED}`).replace(TIGHT_KEY_VALUE, `$1${REDACTED}`);
  }
  return out;
}

/** redactString, plus long base64/hex blobs (for finding values, never images or digests). */
export function redactFound(s: string): string {
  const out = redactString(s);
  // A blob is a run of over 40 characters.
  if (out.length <= 40) return out;
  return out.replace(BLOB_CANDIDATE, (run: string, offset: number, all: string) =>
    !DIGEST_PREFIX.test(all.slice(Math.max(0, offset - 7), offset)) && isBlob(run) ? REDACTED : run,
  );
}

/** The label key named by a finding's field path (`Config.Labels.db.password`, `Labels["x"]`), if any. */
function labelKey(field: string): string | undefined {
  const at = field.search(/Labels\b/);
  if (at < 0) return undefined;
  return field.slice(at + 'Labels'.length).replace(/^[.[\]"']+|[\]"']+$/g, '');
}

function isEnvField(field: string): boolean {
  return /(?:^|\.)Env\b/.test(field);
}

/**
 * A finding's `found` as it may be logged. Rules (built-in or custom) report the field path
 * they looked at: an Env entry never shows its value, a label with a secret-like key (or a
 * whole Labels map) never shows its value, everything else goes through redactFound.
 */
export function redactFinding(field: string, found: string): string {
  if (isEnvField(field)) {
    const eq = found.indexOf('=');
    return eq < 0 ? REDACTED : `${redactString(found.slice(0, eq))}=${REDACTED}`;
  }
  const key = labelKey(field);
  if (key !== undefined && (key === '' || SECRET_KEY.test(key))) return REDACTED;
  return redactFound(found);
}

/** redactFinding's answer per finding object: a deny redacts each finding for its message and again for its log line. */
const redactedFindings = new WeakMap<object, { readonly field: string; readonly found: string; readonly out: string }>();

/** redactFinding(finding.field, finding.found), worked out once per finding object (and again if either changed). */
export function redactFindingOf(finding: { readonly field: string; readonly found: string }): string {
  const known = redactedFindings.get(finding);
  if (known !== undefined && known.field === finding.field && known.found === finding.found) return known.out;
  const out = redactFinding(finding.field, finding.found);
  redactedFindings.set(finding, { field: finding.field, found: finding.found, out });
  return out;
}
