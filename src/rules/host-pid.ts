import { namespaceRule } from './lib/namespaces.js';

/** `--pid host`: the container sees, signals and (with ptrace) enters every host process. */
export default namespaceRule({
  meta: {
    id: 'host-pid',
    title: "Do not share the host's process namespace",
    summary: "`PidMode` `host`; `container:<id>` unless `allowContainerMode`",
    cis: '5.16',
    severity: 'high',
    description: "PidMode 'host' puts the container in the host's PID namespace: it sees every host process and its command line and environment, can signal them, and with CAP_SYS_PTRACE can enter them (nsenter -t 1). PidMode 'container:<id>' joins another container's namespace, which is the host's if that container uses --pid host.",
    remediation: "Remove --pid host. To debug another container, share only that container's namespace (--pid container:<id>) and set the host-pid option allowContainerMode.",
  },
  field: 'PidMode',
  flag: '--pid',
  containerMode: true,
});
