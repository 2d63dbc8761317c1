import { namespaceRule } from './lib/namespaces.js';

/** `--ipc host`: shared memory and semaphores of every host process. */
export default namespaceRule({
  meta: {
    id: 'host-ipc',
    title: "Do not share the host's IPC namespace",
    summary: "`IpcMode` `host`; `container:<id>` unless `allowContainerMode`",
    cis: '5.17',
    severity: 'high',
    description: "IpcMode 'host' gives the container the host's System V IPC objects and POSIX message queues, and /dev/shm: it can read and corrupt shared memory of host processes. IpcMode 'container:<id>' joins another container's namespace, which is the host's if that container uses --ipc host.",
    remediation: "Remove --ipc host. Containers that must share memory can use --ipc shareable on one and --ipc container:<id> on the other, with the host-ipc option allowContainerMode.",
  },
  field: 'IpcMode',
  flag: '--ipc',
  containerMode: true,
});
