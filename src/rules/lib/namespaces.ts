/**
 * The host-namespace rules (host-pid, host-ipc, host-uts, host-userns, host-cgroupns) differ
 * only in the HostConfig field they read. The daemon compares the modes exactly
 * (`PidMode.IsHost()` is `== "host"`; an unknown spelling such as `HOST` is rejected at create).
 */
import { defineFieldRule } from '../../core/field-rule.js';
import type { AnyRule, RuleMeta } from '../../core/rule.js';

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
  const hostFix = `remove ${spec.flag} host`;
  const containerFix = `remove ${spec.flag} container:...; another container's namespace may be the host's (or allow it with the ${spec.meta.id} option allowContainerMode)`;
  return defineFieldRule({
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
    defaultOptions: { allowContainerMode: false } satisfies ContainerModeOptions,
    tests: (options) => {
      const containerModeBad = spec.containerMode && !options.allowContainerMode;
      return {
        'container.create': {
          field: `HostConfig.${spec.field}`,
          values: ({ body }) => [body.hostConfig[spec.field]],
          bad: (mode) => mode === 'host' || (containerModeBad && String(mode).startsWith('container:')),
          finding: (mode) => ({ fix: mode === 'host' ? hostFix : containerFix }),
        },
      };
    },
  });
}
