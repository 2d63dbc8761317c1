/**
 * Evaluates one decoded request against a compiled policy. Request-level problems (what
 * dockgate could not see or decode) always deny; rule findings deny or warn per the policy;
 * an exemption lifts a finding; audit mode turns every deny into a logged "would deny".
 * A rule that throws denies the request (fail closed), in every mode.
 */
import type { Decision, Violation } from '../core/decision.js';
import type { ActiveRule, Policy, Subject } from '../core/policy.js';
import { hasExpectedBody, type DecodedRequest } from '../request/decode-request.js';
import type { RequestProblem } from '../request/problems.js';
import { problem } from '../request/problems.js';
import type { Operation } from '../request/routes.js';
import type { Finding } from '../core/rule.js';
import { withLookupCache } from '../host/resolve.js';
import { newDecisionId } from './decision-id.js';
import { formatMessage } from './message.js';

// What evaluate() returns: the types live in core (audit and the callers read them too).
export type { Decision, Violation } from '../core/decision.js';

export function subjectOf(request: DecodedRequest): Subject {
  const body = request.body;
  let image: string | undefined;
  if (body.kind === 'container.create') image = body.config.Image;
  // A service's tasks run its ContainerSpec.Image (not on rollback: the previous spec applies).
  else if (body.kind === 'service' && !body.rollback) image = body.spec.TaskTemplate.ContainerSpec?.Image;
  return {
    user: request.user,
    image,
    containerName: body.kind === 'container.create' ? body.name : undefined,
  };
}

const NO_RULES: readonly ActiveRule[] = [];

export function evaluate(request: DecodedRequest, policy: Policy): Decision {
  const problems: RequestProblem[] = [...request.problems];
  const violations: Violation[] = [];
  let subject: Subject | undefined;
  // Over the unix socket the user is empty: no profile applies (globMatcher never matches '').
  const profile = request.user === '' ? undefined : policy.profiles.find((p) => p.matches(request.user));
  // One snapshot of the host's files for all the rules of this decision (src/host/resolve.ts).
  const internal = withLookupCache(() => {
    let failed = false;
    // A request whose body did not decode is denied by its problem; no handler runs on it (each
    // handler is promised its operation's body view). An unrouted request has no handlers.
    const active = hasExpectedBody(request) ? ((profile ?? policy).handlers.get(request.operation as Operation) ?? NO_RULES) : NO_RULES;
    for (const { rule, action, handler } of active) {
      let findings: readonly Finding[];
      try {
        findings = handler(request);
      } catch (err) {
        failed = true;
        problems.push(problem('DG_INTERNAL', `rule ${rule.meta.id} failed: ${err instanceof Error ? err.message : String(err)}`, 'report this to the dockgate maintainers; the request was denied to stay safe'));
        continue;
      }
      for (const finding of findings) {
        subject ??= subjectOf(request);
        const s = subject;
        const exemption = policy.exemptions.find((e) => e.appliesTo(rule.meta.id) && e.matches(s));
        violations.push({
          rule: rule.meta.id,
          action,
          severity: rule.meta.severity,
          cis: finding.cis ?? rule.meta.cis,
          finding,
          ...(exemption ? { exemptedBy: exemption.id } : {}),
        });
      }
    }
    return failed;
  });
  const denying = violations.filter((v) => v.action === 'deny' && v.exemptedBy === undefined);
  const wouldDeny = problems.length > 0 || denying.length > 0;
  const allow = internal ? false : policy.mode === 'audit' || !wouldDeny;
  const id = newDecisionId();
  const msg = wouldDeny ? formatMessage(request.operation, problems, denying, allow, { id, ...policy.messages }) : '';
  return { id, allow, msg, wouldDeny, violations, problems, mode: policy.mode, ...(profile ? { profile: profile.id } : {}) };
}
