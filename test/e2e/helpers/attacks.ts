/**
 * Raw API requests that make the daemon create a PRIVILEGED container while hiding that from
 * a plugin that decodes or routes requests differently from the daemon (daemon-facts
 * sections 2-4). Apart from the hidden privilege each body is compliant (memory limit, no
 * network), so a plugin that misses the privilege has no other reason to deny it.
 *
 * Each attack names its container (`?name=`), so the suite can check with `docker inspect`
 * and `docker ps -a` that nothing was created, whatever the plugin answered. The suite also
 * sends every attack to a daemon without any plugin first, to prove that each one really
 * creates a privileged container there (an attack the daemon itself refuses proves nothing).
 */
import type { ApiResponse } from './api.js';
import { rawApi } from './api.js';
import type { DaemonBehaviour } from './behaviour.js';
import type { PrivateDaemon } from './daemon.js';
import { IMAGE } from './image.js';

export const API_VERSION = 'v1.41';
const MEMORY = 64 * 1024 * 1024;
const JSON_HEADERS = { 'Content-Type': 'application/json' };

export interface Attack {
  readonly id: string;
  readonly what: string;
  send(daemon: PrivateDaemon, name: string): Promise<ApiResponse>;
  /**
   * Why the attack gives nothing on this daemon build (its control then checks that the
   * daemon creates an unprivileged container), or undefined where it works.
   */
  notApplicable?(b: DaemonBehaviour): string | undefined;
  /**
   * How a daemon guarded by dockgate refuses it, when not with dockgate's own 403 (a daemon
   * that refuses the request before calling the plugin).
   */
  refusedByDaemon?(b: DaemonBehaviour): { readonly status: number; readonly body: RegExp } | undefined;
}

const TOP_LEVEL_IGNORED = (b: DaemonBehaviour): string | undefined => (b.topLevelHostConfig ? undefined : 'dockerd 27.0 and later ignore HostConfig fields at the top level of a create body, at every API version');

/** A compliant create body (as JSON text) with extra members spliced in as raw JSON text. */
function body(extraHostConfig: string, extraTop = ''): string {
  return `{"Image":"${IMAGE}","Cmd":["true"],"HostConfig":{"Memory":${MEMORY},"NetworkMode":"none"${extraHostConfig}}${extraTop}}`;
}

const PRIVILEGED = body(',"Privileged":true');

function post(path: string, text: string, opts: { chunks?: number; expectContinue?: boolean } = {}): Attack['send'] {
  return (daemon, name) =>
    daemon.api({
      method: 'POST',
      path: path.replace('{name}', encodeURIComponent(name)),
      headers: JSON_HEADERS,
      body: text,
      ...(opts.chunks === undefined ? {} : { chunks: opts.chunks }),
      ...(opts.expectContinue === undefined ? {} : { expectContinue: opts.expectContinue }),
    });
}

const CREATE = `/${API_VERSION}/containers/create?name={name}`;

export const ATTACKS: readonly Attack[] = [
  {
    id: 'lower-case-keys',
    what: 'a second, lower-case "hostconfig" object merged into HostConfig, and a lower-case "privileged" field',
    send: post(CREATE, body('', ',"hostconfig":{"privileged":true}')),
  },
  {
    id: 'case-variant-keys',
    what: '"HOSTCONFIG": {"PrIvIlEgEd": true} after a compliant HostConfig',
    send: post(CREATE, body('', ',"HOSTCONFIG":{"PrIvIlEgEd":true}')),
  },
  {
    id: 'long-s-key',
    what: 'a second HostConfig key spelled "Ho\u017ftConfig" with U+017F (folds to s), raw UTF-8',
    send: post(CREATE, body('', ',"Ho\u017ftConfig":{"Privileged":true}')),
  },
  {
    id: 'long-s-key-escaped',
    what: 'the same key spelled with \\u017f escapes in the JSON text',
    send: post(CREATE, body('', ',"Ho\\u017ftConfig":{"Privileged":true}')),
  },
  {
    id: 'duplicate-key-null',
    what: '"Privileged": true followed by "Privileged": null (null leaves a bool unchanged in Go)',
    send: post(CREATE, body(',"Privileged":true,"Privileged":null')),
  },
  {
    id: 'duplicate-hostconfig-null',
    what: 'a compliant HostConfig, then "HostConfig": null and HostConfig fields at the top level',
    send: post(CREATE, `${body('').slice(0, -1)},"HostConfig":null,"Memory":${MEMORY},"NetworkMode":"none","Privileged":true}`),
    notApplicable: TOP_LEVEL_IGNORED,
  },
  {
    id: 'top-level-privileged',
    what: 'no HostConfig key; Privileged, Memory and NetworkMode at the top level (API < 1.44 daemons use them)',
    send: post(CREATE, `{"Image":"${IMAGE}","Cmd":["true"],"Memory":${MEMORY},"NetworkMode":"none","Privileged":true}`),
    notApplicable: TOP_LEVEL_IGNORED,
  },
  {
    id: 'hostconfig-null-top-level',
    what: '"HostConfig": null plus top-level Privileged',
    send: post(CREATE, `{"Image":"${IMAGE}","Cmd":["true"],"HostConfig":null,"Memory":${MEMORY},"NetworkMode":"none","Privileged":true}`),
    notApplicable: TOP_LEVEL_IGNORED,
  },
  {
    id: 'percent-encoded-path',
    what: 'POST /v1.41/containers/%63reate (the router decodes the path)',
    send: post(`/${API_VERSION}/containers/%63reate?name={name}`, PRIVILEGED),
  },
  {
    id: 'encoded-slash-path',
    what: 'POST /containers%2Fcreate',
    send: post('/containers%2Fcreate?name={name}', PRIVILEGED),
  },
  {
    id: 'absolute-form-uri',
    what: 'POST http://localhost/v1.41/containers/create (absolute-form request target)',
    send: (daemon, name) =>
      rawApi(daemon.sock, `POST http://localhost/${API_VERSION}/containers/create?name=${encodeURIComponent(name)} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json`, PRIVILEGED),
  },
  {
    id: 'version-three-parts',
    what: 'POST /v1.41.0/containers/create',
    send: post('/v1.41.0/containers/create?name={name}', PRIVILEGED),
  },
  {
    id: 'version-leading-zero',
    what: 'POST /v01.41/containers/create',
    send: post('/v01.41/containers/create?name={name}', PRIVILEGED),
  },
  {
    id: 'chunked-body',
    what: 'the body sent with Transfer-Encoding: chunked and no Content-Length',
    send: post(CREATE, PRIVILEGED, { chunks: 3 }),
  },
  {
    id: 'auth-suffix-query',
    what: 'a query that ends with /auth (daemons that look for an /auth suffix in the raw URI do not forward the body)',
    send: post(`${CREATE}&x=/auth`, PRIVILEGED),
  },
  {
    id: 'body-over-1mib',
    what: 'a 1.1 MiB body, padded in an unknown key (dockerd 20.10 does not forward bodies >= 1 MiB)',
    // Expect: 100-continue: the daemon denies without reading the body, see api.ts
    send: post(CREATE, body(',"Privileged":true', `,"Padding":"${'x'.repeat(1100 * 1024)}"`), { expectContinue: true }),
  },
  {
    id: 'body-over-4mib',
    what: 'a 4.1 MiB body (Debian 26.1.5 and 28.5.2 forward up to 4 MiB and refuse larger ones before the plugin is called)',
    send: post(CREATE, body(',"Privileged":true', `,"Padding":"${'x'.repeat(4200 * 1024)}"`), { expectContinue: true }),
    refusedByDaemon: (b) => (b.bodies.larger === 'rejected' ? { status: 500, body: /request body too large for authorization plugin/ } : undefined),
  },
];
