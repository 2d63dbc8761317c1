/**
 * `dockgate validate [FILE] [--format text|json]`: checks a policy file as `dockgate serve` does
 * at start and on reload, and reports every problem at once, like a compiler: schema and semantic
 * problems in one pass, each once, in file order, as
 *
 *   FILE:LINE:COL  error  rules.privileged: expected "deny", "warn", "off" or {action, options} (found "block")  [DG_POLICY_BAD_VALUE]
 *
 * (a JSON syntax error with the line and a caret under the column). Errors make the policy
 * invalid (serve refuses it); warnings do not. Exit 1 when there is an error (including an
 * unreadable file or text that is not JSON), 0 otherwise, warnings or not.
 */
import { readFileSync, statSync } from 'node:fs';
import { diagnosePolicyText, parsePolicy, type LocatedDiagnostic, type Policy } from '../policy/load.js';

export interface ValidateOutput {
  readonly exitCode: 0 | 1;
  readonly text: string;
}

export type ValidateFormat = 'text' | 'json';

/** `N rules: X deny, Y warn, Z off` for a compiled policy. */
export function ruleSummary(policy: Policy): string {
  const count = { deny: 0, warn: 0, off: 0 };
  for (const r of policy.rules) count[r.action] += 1;
  return `${String(policy.rules.length)} rules: ${String(count.deny)} deny, ${String(count.warn)} warn, ${String(count.off)} off`;
}

/** A JSON pointer as a reader writes it: `/exemptions/0/images` → `exemptions[0].images`. */
export function displayPath(pointer: string): string {
  let out = '';
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (/^\d+$/.test(key)) out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$/-]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

function plural(n: number, word: string): string {
  return `${String(n)} ${word}${n === 1 ? '' : 's'}`;
}

function line(file: string, d: LocatedDiagnostic): string {
  const where = d.line === undefined ? file : `${file}:${String(d.line)}:${String(d.column ?? 1)}`;
  const path = displayPath(d.path);
  const text = `${where}  ${d.severity}  ${path === '' ? '' : `${path}: `}${d.message}  [${d.code}]`;
  return d.excerpt === undefined ? text : `${text}\n${d.excerpt.split('\n').map((l) => `    ${l}`).join('\n')}`;
}

function readPolicyText(file: string): string | LocatedDiagnostic {
  try {
    // A FIFO or device would block: files only (as serve).
    if (!statSync(file).isFile()) throw new Error('not a regular file');
    return readFileSync(file, 'utf8');
  } catch (err) {
    return { path: '', code: 'DG_POLICY_UNREADABLE', severity: 'error', message: `cannot read the file: ${(err as Error).message}` };
  }
}

export function runValidate(file: string, format: ValidateFormat = 'text'): ValidateOutput {
  const text = readPolicyText(file);
  const diagnostics = typeof text === 'string' ? diagnosePolicyText(text).diagnostics : [text];
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  let policy: Policy | undefined;
  if (errors === 0 && typeof text === 'string') policy = parsePolicy(text, file);
  if (format === 'json') {
    const out = {
      file,
      valid: errors === 0,
      errorCount: errors,
      warningCount: warnings,
      ...(policy ? { policyVersion: policy.version, mode: policy.mode } : {}),
      diagnostics: diagnostics.map((d) => ({
        code: d.code,
        severity: d.severity,
        path: d.path,
        location: displayPath(d.path),
        ...(d.line === undefined ? {} : { line: d.line, column: d.column }),
        message: d.message,
      })),
    };
    return { exitCode: errors > 0 ? 1 : 0, text: JSON.stringify(out, null, 2) };
  }
  const lines = diagnostics.map((d) => line(file, d));
  if (policy) {
    const notes = warnings > 0 ? `; ${plural(warnings, 'warning')}, valid anyway: serve would load it` : '';
    lines.push(`${file}: ok (policy version ${policy.version}, mode ${policy.mode}, ${ruleSummary(policy)})${notes}`);
  } else {
    lines.push('', `${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}): serve would refuse this policy`);
  }
  return { exitCode: errors > 0 ? 1 : 0, text: lines.join('\n') };
}
