/**
 * Docker image / plugin references, parsed like github.com/distribution/reference
 * ParseNormalizedNamed: `[domain/]path[:tag][@digest]`, lower-case path components,
 * `docker.io` (and the legacy `index.docker.io`) as the default domain, `library/` for
 * single-component Docker Hub names.
 */

const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|[-]*)[a-z0-9]+)*';
const NAME = `(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
const REFERENCE = new RegExp(`^(${NAME})(?::([\\w][\\w.-]{0,127}))?(?:@([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}))?$`);
const FULL_ID = /^[a-f0-9]{64}$/;

export interface Reference {
  /** `docker.io/library/busybox` */
  readonly name: string;
  readonly tag: string | undefined;
  readonly digest: string | undefined;
}

function splitDomain(name: string): [string, string] {
  const i = name.indexOf('/');
  const first = name.slice(0, i);
  if (i < 0 || (!first.includes('.') && !first.includes(':') && first !== 'localhost' && first.toLowerCase() === first)) {
    return ['docker.io', name];
  }
  return [first, name.slice(i + 1)];
}

/** undefined when the daemon would refuse the string as a reference. */
export function parseReference(s: string): Reference | undefined {
  if (FULL_ID.test(s)) return undefined;
  let [domain, rest] = splitDomain(s);
  if (domain === 'index.docker.io') domain = 'docker.io';
  if (domain === 'docker.io' && !rest.includes('/')) rest = `library/${rest}`;
  const m = REFERENCE.exec(`${domain}/${rest}`);
  if (!m) return undefined;
  const name = m[1] ?? '';
  if (name.length > 255) return undefined;
  return { name, tag: m[2], digest: m[3] };
}

/** `docker.io/library/busybox` → `busybox`, `docker.io/vieux/sshfs` → `vieux/sshfs`. */
export function familiarName(name: string): string {
  if (!name.startsWith('docker.io/')) return name;
  const rest = name.slice('docker.io/'.length);
  return rest.startsWith('library/') && !rest.slice('library/'.length).includes('/') ? rest.slice('library/'.length) : rest;
}

/** The name with `:latest` added when no tag or digest is given (reference.TagNameOnly). */
export function withDefaultTag(ref: Reference): string {
  if (ref.digest !== undefined) return `${ref.name}${ref.tag === undefined ? '' : `:${ref.tag}`}@${ref.digest}`;
  return `${ref.name}:${ref.tag ?? 'latest'}`;
}

export function isFullId(s: string): boolean {
  return FULL_ID.test(s);
}
