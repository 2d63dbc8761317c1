/**
 * The host-namespace rules (host-pid, host-ipc, host-uts, host-userns, host-cgroupns) differ
 * only in the HostConfig field they read. The daemon compares the modes exactly
 * (`PidMode.IsHost()` is `== "host"`; an unknown spelling such as `HOST` is rejected at create).
 */
import { defineCheckRule, type AnyRule, type RuleMeta } from '../../engine/types.js';
import type { HostConfigValue } from '../../request/docker-types.js';

type ModeField = 'PidMode' | 'IpcMode' | 'UTSMode' | 'UsernsMode' | 'CgroupnsMode';

interface NamespaceRuleSpec {
  readonly meta: Omit<RuleMeta, 'operations' | 'optionsSchema' | 'defaultAction'> & { readonly defaultAction?: RuleMeta['defaultAction'] };
  readonly field: ModeField;
  /** The docker run flag, for the fix text. */
  readonly flag: string;
  /** The namespace also accepts `container:<id>` (PidMode, IpcMode). */
  readonly containerMode: boolean;
}

interface ContainerModeOptions {
  readonly allowContainerMode: boolean;
}

export function namespaceRule(spec: NamespaceRuleSpec): AnyRule {
  const field = `HostConfig.${spec.field}`;
  const read = (hc: HostConfigValue): string => hc[spec.field];
  return defineCheckRule<ContainerModeOptions>({
    meta: {
      ...spec.meta,
      defaultAction: spec.meta.defaultAction ?? 'deny',
      operations: ['container.create'],
      optionsSchema: spec.containerMode
        ? {
          type: 'object',
          additionalProperties: false,
          properties: {
            allowContainerMode: { type: 'boolean', description: `Allow ${spec.field} 'container:<id>' (joining another container's namespace).` },
          },
        }
        : { type: 'object', additionalProperties: false, properties: {} },
    },
    defaultOptions: { allowContainerMode: false },
    check(request, options) {
      if (request.body.kind !== 'container.create') return [];
      const mode = read(request.body.hostConfig);
      if (mode === 'host') {
        return [{ field, found: 'host', fix: `remove ${spec.flag} host` }];
      }
      if (spec.containerMode && mode.startsWith('container:') && !options.allowContainerMode) {
        return [{ field, found: mode, fix: `remove ${spec.flag} container:...; another container's namespace may be the host's (or allow it with the ${spec.meta.id} option allowContainerMode)` }];
      }
      return [];
    },
  });
}
