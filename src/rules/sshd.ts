import { defineRule, type Finding } from '../core/rule.js';
import type { RequestOf } from '../request/decode-request.js';
import { CONTAINER_SPEC, SERVICE_OPERATIONS, containerSpecOf, type ServiceOperation } from './lib/service.js';

const SSHD = /(?:^|[\s/;&|'"`(])sshd(?:$|[\s;&|'"`)])/;

/** The first element of the command that mentions sshd as a program, if any. */
function mention(parts: readonly string[]): string | undefined {
  return parts.find((p) => SSHD.test(p));
}

/** The findings for the command lists, in order: one per list that runs sshd. */
function sshd(lists: readonly (readonly [readonly string[] | null, string])[]): Finding[] {
  const findings: Finding[] = [];
  for (const [parts, field] of lists) {
    const hit = mention(parts ?? []);
    if (hit !== undefined) findings.push({ field, found: hit, summary: `${field} runs sshd (${hit})`, fix: 'do not run an SSH server in the container; use docker exec' });
  }
  return findings;
}

function service(request: RequestOf<ServiceOperation>): readonly Finding[] {
  const spec = containerSpecOf(request);
  return spec ? sshd([[spec.Command, `${CONTAINER_SPEC}.Command`], [spec.Args, `${CONTAINER_SPEC}.Args`]]) : [];
}

/**
 * A heuristic: the command or entrypoint the request sets runs `sshd` (as a program, or in a
 * shell string). What the image's own ENTRYPOINT/CMD runs is not in the request.
 */
export default defineRule({
  meta: {
    id: 'sshd',
    title: 'Do not run sshd in containers',
    summary: "`sshd` in `Cmd` / `Entrypoint` (heuristic)",
    cis: '5.7',
    severity: 'low',
    description: "A heuristic on the command the request sets (Config.Cmd and Entrypoint; a service's Command and Args): an element that runs sshd, e.g. /usr/sbin/sshd -D, or sh -c '... sshd ...'. An SSH daemon in a container is a second way in that escapes Docker's access control and auditing; docker exec does the job. What the image itself runs is not visible.",
    remediation: 'Remove sshd from the container; use docker exec for interactive access.',
    defaultAction: 'warn',
    operations: ['container.create', ...SERVICE_OPERATIONS],
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  },
  defaultOptions: {},
  create: () => ({
    'container.create': ({ body: { config } }) => sshd([[config.Entrypoint, 'Config.Entrypoint'], [config.Cmd, 'Config.Cmd']]),
    'service.create': service,
    'service.update': service,
  }),
});
