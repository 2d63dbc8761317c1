import { namespaceRule } from './lib/namespaces.js';

/** `--userns host`: opts out of the daemon's user-namespace remapping. */
export default namespaceRule({
  meta: {
    id: 'host-userns',
    title: "Do not share the host's user namespace",
    summary: "`UsernsMode` `host`",
    cis: '5.31',
    severity: 'high',
    description: "UsernsMode 'host' turns off user-namespace remapping (dockerd --userns-remap) for this container: root in the container is root on the host again, and every other escape becomes worse.",
    remediation: 'Remove --userns host.',
  },
  field: 'UsernsMode',
  flag: '--userns',
  containerMode: false,
});
