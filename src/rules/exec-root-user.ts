import { defineFieldRule } from '../core/field-rule.js';

/** Go's strconv.Atoi: optional sign, ASCII digits only, within int64. */
function goAtoi(s: string): number | undefined {
  if (!/^[+-]?[0-9]+$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) && Math.abs(n) <= Number.MAX_SAFE_INTEGER ? n : undefined;
}

/**
 * Whether an exec `User` runs as root. The daemon resolves it with libcontainer's
 * GetExecUser: `user[:group]`, the user part matched by uid when it parses as an integer
 * (`0`, `00`, `+0`, `-0`), else by name; an empty user part (`:0`) means the default uid 0.
 * An empty `User` means the container's own user and is not a finding here.
 */
export function execUserIsRoot(user: string): boolean {
  if (user === '') return false;
  const name = user.split(':')[0] ?? '';
  if (name === '' || name === 'root') return true;
  return goAtoi(name) === 0;
}

export default defineFieldRule({
  meta: {
    id: 'exec-root-user',
    title: 'Do not exec as root',
    summary: "exec `User` root, `0`, `0:0`, `root:grp`, `:grp`",
    cis: '5.24',
    severity: 'medium',
    description: "docker exec --user root (User 'root', '0', '0:0', 'root:<group>', ':<group>') starts a root process in a container that was meant to run as another user: it bypasses the image's USER and gets root's default capabilities inside the container.",
    remediation: 'Exec as the container\'s own user (omit --user) or a named non-root user; fix permissions in the image instead of exec-ing as root.',
    defaultAction: 'warn',
    operations: ['container.exec'],
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  },
  defaultOptions: {},
  tests: () => ({
    'container.exec': {
      field: 'User',
      values: ({ body }) => [body.exec.User],
      bad: (user) => execUserIsRoot(String(user)),
      finding: (user) => ({ summary: `exec as root (User=${String(user)})`, fix: 'omit --user (the container\'s user) or exec as a non-root user' }),
    },
  }),
});
