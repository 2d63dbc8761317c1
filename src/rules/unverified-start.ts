import { defineRule, type Finding } from '../core/rule.js';
import type { RequestOf } from '../request/decode-request.js';
import { START_OPERATIONS, type StartOperation } from './lib/mounts.js';

/**
 * A start (or restart) of a container dockgate did not see created: its host paths were never
 * judged, and cannot be judged now (the start has no body, and the plugin does not ask the
 * daemon). Containers created before dockgate was installed are the usual case. The containers
 * dockgate saw created come from the rule context.
 */
export default defineRule({
  meta: {
    id: 'unverified-start',
    title: 'Start only containers whose host paths dockgate knows',
    summary: "start or restart of a container dockgate did not see created (its host paths were never judged)",
    cis: undefined,
    severity: 'high',
    description: "Host paths are resolved by the kernel when a container starts. dockgate remembers each container's host paths at create (in its state folder) and judges them again at start and restart, where they lead then; a container it did not see created (created before dockgate was installed, or while its state folder was lost) has host paths dockgate cannot check. The default action is warn, so that existing containers keep starting after dockgate is installed; deny makes the start check fail closed.",
    remediation: 'Re-create the container (docker rm, then docker create/run, or docker compose up --force-recreate) so that dockgate judges and remembers its host paths; dockgate scan lists existing containers the policy would deny.',
    defaultAction: 'warn',
    operations: [...START_OPERATIONS],
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  },
  defaultOptions: {},
  create(_options, context) {
    const start = (request: RequestOf<StartOperation>): readonly Finding[] => {
      const ref = request.params.get('name') ?? '';
      const l = context.containers.lookup(ref);
      if ('found' in l) return [];
      const why = l.missing === 'ambiguous' ? 'is an ID prefix of more than one container dockgate saw created' : 'names a container dockgate did not see created';
      return [{ field: 'container', found: ref, summary: `${ref} ${why}: its host paths were never judged`, fix: 'recreate the container so that dockgate judges its host paths (docker rm, then docker run; docker compose up --force-recreate)' }];
    };
    return { 'container.start': start, 'container.restart': start };
  },
});
