import { namespaceRule } from './lib/namespaces.js';

/** `--uts host`: the host's hostname and NIS domain name. */
export default namespaceRule({
  meta: {
    id: 'host-uts',
    title: "Do not share the host's UTS namespace",
    summary: "`UTSMode` `host`",
    cis: '5.21',
    severity: 'medium',
    description: "UTSMode 'host' shares the host's hostname and domain name with the container; with CAP_SYS_ADMIN it can change the host's hostname.",
    remediation: 'Remove --uts host; set the container hostname with --hostname if the workload needs one.',
  },
  field: 'UTSMode',
  flag: '--uts',
  containerMode: false,
});
