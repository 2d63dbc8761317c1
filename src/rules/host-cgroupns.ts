import { namespaceRule } from './lib/namespaces.js';

/** `--cgroupns host`: the host's cgroup hierarchy. */
export default namespaceRule({
  meta: {
    id: 'host-cgroupns',
    title: "Do not share the host's cgroup namespace",
    summary: "`CgroupnsMode` `host`",
    cis: '5.25',
    severity: 'medium',
    description: "CgroupnsMode 'host' shows the container the host's whole cgroup tree (every container's and service's cgroup path) instead of its own; with a writable cgroup filesystem (--privileged, writable-cgroups) it can move processes and change limits outside its own cgroup. An empty CgroupnsMode (the daemon's default) is not a finding, even where that default is host (cgroup v1).",
    remediation: 'Remove --cgroupns host (use --cgroupns private, the default on cgroup v2).',
  },
  field: 'CgroupnsMode',
  flag: '--cgroupns',
  containerMode: false,
});
