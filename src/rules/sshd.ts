import { defineCheckRule, type Finding } from '../engine/types.js';
import { CONTAINER_SPEC, SERVICE_OPERATIONS, containerSpecOf } from './lib/service.js';

const SSHD = /(?:^|[\s/;&|'"`(])sshd(?:$|[\s;&|'"`)])/;

/** The first element of the command that mentions sshd as a program, if any. */
function mention(parts: readonly string[]): string | undefined {
  return parts.find((p) => SSHD.test(p));
}

/**
 * A heuristic: the command or entrypoint the request sets runs `sshd` (as a program, or in a
 * shell string). What the image's own ENTRYPOINT/CMD runs is not in the request.
 */
export default defineCheckRule({
  meta: {
    id: 'sshd',
    title: 'Do not run sshd in containers',
    cis: '5.7',
    severity: 'low',
    description: "A heuristic on the command the request sets (Config.Cmd and Entrypoint; a service's Command and Args): an element that runs sshd, e.g. /usr/sbin/sshd -D, or sh -c '... sshd ...'. An SSH daemon in a container is a second way in that escapes Docker's access control and auditing; docker exec does the job. What the image itself runs is not visible.",
    remediation: 'Remove sshd from the container; use docker exec for interactive access.',
    defaultAction: 'warn',
    operations: ['container.create', ...SERVICE_OPERATIONS],
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  },
  defaultOptions: {},
  check(request) {
    const fix = 'do not run an SSH server in the container; use docker exec';
    const findings: Finding[] = [];
    const look = (parts: readonly string[] | null, field: string): void => {
      const hit = mention(parts ?? []);
      if (hit !== undefined) findings.push({ field, found: hit, summary: `${field} runs sshd (${hit})`, fix });
    };
    if (request.body.kind === 'container.create') {
      look(request.body.config.Entrypoint, 'Config.Entrypoint');
      look(request.body.config.Cmd, 'Config.Cmd');
      return findings;
    }
    const spec = containerSpecOf(request);
    if (spec) {
      look(spec.Command, `${CONTAINER_SPEC}.Command`);
      look(spec.Args, `${CONTAINER_SPEC}.Args`);
    }
    return findings;
  },
});
