/**
 * The Docker Engine API route table, written from moby's router sources:
 *
 * - v20.10.24 (tag, commit 5d6db842238e): `api/server/router/<name>/<name>.go`, router order in
 *   `cmd/dockerd/daemon.go` `initRouter`, mux set-up in `api/server/server.go` `createMux`;
 * - master (commit b985e2313a86, 2026-08): `daemon/server/router/<name>/<name>.go`, router order in
 *   `daemon/command/daemon.go` `buildRouters`, mux set-up in `daemon/server/server.go` `CreateMux`;
 * - and every release tag in between (23.0, 24.0, 25.0, 26.x, 27.x, 28.x, 29.x) was diffed to date
 *   the routes that come and go (`since` / `until` below).
 *
 * How the daemon registers them (both trees): for every route, in this order, gorilla/mux gets
 * `Path("/v{version:[0-9.]+}" + path).Methods(method)` and then `Path(path).Methods(method)`,
 * both on the same handler. After the last route comes a catch-all `"/v{version:[0-9.]+}/{path:.*}"`
 * (any method) and the router's NotFound/MethodNotAllowed handlers; all three answer
 * 404 "page not found" WITHOUT running the middlewares, so the AuthZ plugin is only ever called for
 * a request that matched one of the routes below. See docs/dev/routing.md.
 *
 * Matching rules a classifier must copy from gorilla/mux (v1.8.0 in 20.10, v1.8.1 in master):
 * - the template is anchored (`^...$`), no StrictSlash, matched against the percent-DECODED path
 *   (`req.URL.Path`, UseEncodedPath is off); a path that path.Clean would change is answered
 *   with a 301 before any matching;
 * - `{name}` is `[^/]+`; `{name:re}` is the Go RE2 regex `re`. In RE2 `.` matches any character
 *   EXCEPT `\n` (no `s` flag): translate `.` to `[^\n]`, not to JS `.` (which also refuses `\r`,
 *   U+2028, U+2029) nor to `.` with the `s` flag (which accepts `\n`);
 * - the method must match exactly (case-sensitive; HEAD is not GET);
 * - first route in registration order wins, so this array must stay in this order.
 */

/** Docker Engine API routes, in the order moby registers them (gorilla/mux: first match wins). */
export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE' | 'OPTIONS';

export interface RouteSpec<Op extends string = Operation> {
  readonly method: HttpMethod;
  /** moby's path template: `{name}` matches [^/]+, `{name:regex}` matches regex */
  readonly path: string;
  /** dockgate operation id: `<resource>.<action>` */
  readonly operation: Op;
  /** true when the daemon reads a JSON request body for this route */
  readonly jsonBody?: boolean;
  /**
   * A non-JSON body the handler consumes (never forwarded to the AuthZ plugin):
   * `tar` an archive (build context, image tarball, layer, plugin rootfs+config);
   * `stream` raw bytes after the HTTP exchange (hijacked stdin, websocket, h2c/gRPC).
   */
  readonly rawBody?: 'tar' | 'stream';
  /**
   * The handler reads its parameters through Go's `r.Form`/`FormValue` on a POST/PUT, so an
   * `application/x-www-form-urlencoded` body (and, for `urlencoded+multipart`, also a
   * `multipart/form-data` body) is parsed too and can set parameters the plugin does not see in
   * `RequestUri`. Urlencoded body values come BEFORE query values (the body wins); multipart
   * values come after them (the query wins). Routes that also need a JSON body are not marked:
   * a form body is either refused by the Content-Type check or consumed before the JSON decode.
   */
  readonly formBody?: 'urlencoded' | 'urlencoded+multipart';
  /** First daemon release (major.minor) that registers the route; absent: 20.10 already had it. */
  readonly since?: string;
  /** Last daemon release line (major.minor) that registers the route; absent: still in master. */
  readonly until?: string;
  /**
   * Registered on every daemon, but the handler answers 501 unless the daemon runs with
   * `--experimental`. The AuthZ plugin is called either way (it wraps the handler).
   */
  readonly experimental?: boolean;
  /**
   * master wraps the handler with `WithMinimumAPIVersion`: a request whose `/v<version>` is lower
   * is refused with 400 by the handler, i.e. AFTER the AuthZ plugin allowed it.
   */
  readonly minApiVersion?: string;
  /**
   * 20.10 through 27.x register the debug routes apart from the others, as
   * `m.Path("/debug" + path).Handler(f)`: with NO version prefix and NO method matcher, so any
   * method on the bare path reaches the handler (and the plugin); `method` is then only nominal.
   */
  readonly anyMethodUnversioned?: boolean;
  /** true when the route exists only in some daemon versions; say which in a comment */
}

/** The version prefix moby puts in front of every registered path (api/server/server.go). */
export const VERSION_MATCHER = '/v{version:[0-9.]+}';

const ROUTE_TABLE = [
  // ---- checkpoint router (registered first "or the DELETE gets masked" by DELETE /containers/{name:.*})
  { method: 'GET', path: '/containers/{name:.*}/checkpoints', operation: 'checkpoint.list', experimental: true },
  { method: 'POST', path: '/containers/{name:.*}/checkpoints', operation: 'checkpoint.create', jsonBody: true, experimental: true },
  { method: 'DELETE', path: '/containers/{name}/checkpoints/{checkpoint}', operation: 'checkpoint.remove', experimental: true },

  // ---- container router
  { method: 'HEAD', path: '/containers/{name:.*}/archive', operation: 'container.archive.head' },
  { method: 'GET', path: '/containers/json', operation: 'container.list' },
  { method: 'GET', path: '/containers/{name:.*}/export', operation: 'container.export' },
  { method: 'GET', path: '/containers/{name:.*}/changes', operation: 'container.changes' },
  { method: 'GET', path: '/containers/{name:.*}/json', operation: 'container.inspect' },
  { method: 'GET', path: '/containers/{name:.*}/top', operation: 'container.top' },
  { method: 'GET', path: '/containers/{name:.*}/logs', operation: 'container.logs' },
  { method: 'GET', path: '/containers/{name:.*}/stats', operation: 'container.stats' },
  { method: 'GET', path: '/containers/{name:.*}/attach/ws', operation: 'container.attach.ws', rawBody: 'stream' },
  { method: 'GET', path: '/exec/{id:.*}/json', operation: 'exec.inspect' },
  { method: 'GET', path: '/containers/{name:.*}/archive', operation: 'container.archive.get' },
  { method: 'POST', path: '/containers/create', operation: 'container.create', jsonBody: true },
  { method: 'POST', path: '/containers/{name:.*}/kill', operation: 'container.kill', formBody: 'urlencoded' },
  { method: 'POST', path: '/containers/{name:.*}/pause', operation: 'container.pause' },
  { method: 'POST', path: '/containers/{name:.*}/unpause', operation: 'container.unpause' },
  { method: 'POST', path: '/containers/{name:.*}/restart', operation: 'container.restart', formBody: 'urlencoded' },
  // Body = a whole HostConfig, honoured for API < 1.24 on daemons up to 25.0 (bodies > 7 bytes
  // are refused for API >= 1.24, and on 26.0+ for every API version).
  { method: 'POST', path: '/containers/{name:.*}/start', operation: 'container.start', jsonBody: true },
  { method: 'POST', path: '/containers/{name:.*}/stop', operation: 'container.stop', formBody: 'urlencoded' },
  { method: 'POST', path: '/containers/{name:.*}/wait', operation: 'container.wait', formBody: 'urlencoded' },
  { method: 'POST', path: '/containers/{name:.*}/resize', operation: 'container.resize', formBody: 'urlencoded' },
  // Hijacked: after the 101/200 answer the connection carries stdin/stdout.
  { method: 'POST', path: '/containers/{name:.*}/attach', operation: 'container.attach', rawBody: 'stream', formBody: 'urlencoded' },
  // Legacy copy (JSON {"Resource": path}); answers 404 itself for API >= 1.24. 20.10 - 25.0 only.
  { method: 'POST', path: '/containers/{name:.*}/copy', operation: 'container.copy', jsonBody: true, until: '25.0' },
  { method: 'POST', path: '/containers/{name:.*}/exec', operation: 'container.exec', jsonBody: true },
  // JSON {Detach, Tty, ConsoleSize}, then the connection is hijacked for the exec's stdio.
  { method: 'POST', path: '/exec/{name:.*}/start', operation: 'exec.start', jsonBody: true, rawBody: 'stream' },
  { method: 'POST', path: '/exec/{name:.*}/resize', operation: 'exec.resize', formBody: 'urlencoded' },
  { method: 'POST', path: '/containers/{name:.*}/rename', operation: 'container.rename', formBody: 'urlencoded' },
  { method: 'POST', path: '/containers/{name:.*}/update', operation: 'container.update', jsonBody: true },
  { method: 'POST', path: '/containers/prune', operation: 'container.prune', formBody: 'urlencoded', minApiVersion: '1.25' },
  { method: 'POST', path: '/commit', operation: 'container.commit', jsonBody: true },
  { method: 'PUT', path: '/containers/{name:.*}/archive', operation: 'container.archive.put', rawBody: 'tar', formBody: 'urlencoded' },
  { method: 'DELETE', path: '/containers/{name:.*}', operation: 'container.remove' },

  // ---- image router
  { method: 'GET', path: '/images/json', operation: 'image.list' },
  { method: 'GET', path: '/images/search', operation: 'image.search' },
  { method: 'GET', path: '/images/get', operation: 'image.save' },
  { method: 'GET', path: '/images/{name:.*}/get', operation: 'image.save' },
  { method: 'GET', path: '/images/{name:.*}/history', operation: 'image.history' },
  { method: 'GET', path: '/images/{name:.*}/json', operation: 'image.inspect' },
  // 29.6+ only (API 1.55).
  { method: 'GET', path: '/images/{name:.*}/attestations', operation: 'image.attestations', since: '29.6', minApiVersion: '1.55' },
  { method: 'POST', path: '/images/load', operation: 'image.load', rawBody: 'tar', formBody: 'urlencoded' },
  // Pull (fromImage) or import (fromSrc; fromSrc=- makes the body the layer tarball).
  { method: 'POST', path: '/images/create', operation: 'image.create', rawBody: 'tar', formBody: 'urlencoded' },
  // Up to 28.x a push without X-Registry-Auth reads the registry credentials as a JSON body.
  { method: 'POST', path: '/images/{name:.*}/push', operation: 'image.push', jsonBody: true, formBody: 'urlencoded' },
  { method: 'POST', path: '/images/{name:.*}/tag', operation: 'image.tag', formBody: 'urlencoded' },
  { method: 'POST', path: '/images/prune', operation: 'image.prune', formBody: 'urlencoded', minApiVersion: '1.25' },
  { method: 'DELETE', path: '/images/{name:.*}', operation: 'image.remove' },

  // ---- system router
  // Matches every path (with and without the version prefix) for OPTIONS; the handler just answers 200.
  { method: 'OPTIONS', path: '/{anyroute:.*}', operation: 'system.options' },
  { method: 'GET', path: '/_ping', operation: 'system.ping' },
  { method: 'HEAD', path: '/_ping', operation: 'system.ping' },
  { method: 'GET', path: '/events', operation: 'system.events' },
  { method: 'GET', path: '/info', operation: 'system.info' },
  { method: 'GET', path: '/version', operation: 'system.version' },
  { method: 'GET', path: '/system/df', operation: 'system.df' },
  // JSON AuthConfig (credentials): the daemon never forwards this body to the plugin.
  { method: 'POST', path: '/auth', operation: 'system.auth', jsonBody: true },

  // ---- volume router
  { method: 'GET', path: '/volumes', operation: 'volume.list' },
  { method: 'GET', path: '/volumes/{name:.*}', operation: 'volume.inspect' },
  { method: 'POST', path: '/volumes/create', operation: 'volume.create', jsonBody: true },
  { method: 'POST', path: '/volumes/prune', operation: 'volume.prune', formBody: 'urlencoded', minApiVersion: '1.25' },
  // Cluster-volume update; 23.0+ only.
  { method: 'PUT', path: '/volumes/{name:.*}', operation: 'volume.update', jsonBody: true, since: '23.0', minApiVersion: '1.42' },
  { method: 'DELETE', path: '/volumes/{name:.*}', operation: 'volume.remove' },

  // ---- build router
  // Body: the build context (tar, or a bare Dockerfile, or empty with ?remote=). Options come
  // from r.FormValue before anything else, so multipart/form-data bodies are parsed as well.
  { method: 'POST', path: '/build', operation: 'image.build', rawBody: 'tar', formBody: 'urlencoded+multipart' },
  { method: 'POST', path: '/build/prune', operation: 'build.prune', formBody: 'urlencoded', minApiVersion: '1.31' },
  { method: 'POST', path: '/build/cancel', operation: 'build.cancel', formBody: 'urlencoded+multipart' },

  // ---- session router: upgraded to h2c, then BuildKit session gRPC traffic.
  { method: 'POST', path: '/session', operation: 'session', rawBody: 'stream' },

  // ---- swarm router
  { method: 'POST', path: '/swarm/init', operation: 'swarm.init', jsonBody: true },
  { method: 'POST', path: '/swarm/join', operation: 'swarm.join', jsonBody: true },
  { method: 'POST', path: '/swarm/leave', operation: 'swarm.leave', formBody: 'urlencoded' },
  { method: 'GET', path: '/swarm', operation: 'swarm.inspect' },
  { method: 'GET', path: '/swarm/unlockkey', operation: 'swarm.unlockkey' },
  { method: 'POST', path: '/swarm/update', operation: 'swarm.update', jsonBody: true },
  { method: 'POST', path: '/swarm/unlock', operation: 'swarm.unlock', jsonBody: true },

  { method: 'GET', path: '/services', operation: 'service.list' },
  { method: 'GET', path: '/services/{id}', operation: 'service.inspect' },
  { method: 'POST', path: '/services/create', operation: 'service.create', jsonBody: true },
  { method: 'POST', path: '/services/{id}/update', operation: 'service.update', jsonBody: true },
  { method: 'DELETE', path: '/services/{id}', operation: 'service.remove' },
  { method: 'GET', path: '/services/{id}/logs', operation: 'service.logs' },

  { method: 'GET', path: '/nodes', operation: 'node.list' },
  { method: 'GET', path: '/nodes/{id}', operation: 'node.inspect' },
  { method: 'DELETE', path: '/nodes/{id}', operation: 'node.remove' },
  { method: 'POST', path: '/nodes/{id}/update', operation: 'node.update', jsonBody: true },

  { method: 'GET', path: '/tasks', operation: 'task.list' },
  { method: 'GET', path: '/tasks/{id}', operation: 'task.inspect' },
  { method: 'GET', path: '/tasks/{id}/logs', operation: 'task.logs' },

  { method: 'GET', path: '/secrets', operation: 'secret.list', minApiVersion: '1.25' },
  { method: 'POST', path: '/secrets/create', operation: 'secret.create', jsonBody: true, minApiVersion: '1.25' },
  { method: 'DELETE', path: '/secrets/{id}', operation: 'secret.remove', minApiVersion: '1.25' },
  { method: 'GET', path: '/secrets/{id}', operation: 'secret.inspect', minApiVersion: '1.25' },
  { method: 'POST', path: '/secrets/{id}/update', operation: 'secret.update', jsonBody: true, minApiVersion: '1.25' },

  { method: 'GET', path: '/configs', operation: 'config.list', minApiVersion: '1.30' },
  { method: 'POST', path: '/configs/create', operation: 'config.create', jsonBody: true, minApiVersion: '1.30' },
  { method: 'DELETE', path: '/configs/{id}', operation: 'config.remove', minApiVersion: '1.30' },
  { method: 'GET', path: '/configs/{id}', operation: 'config.inspect', minApiVersion: '1.30' },
  { method: 'POST', path: '/configs/{id}/update', operation: 'config.update', jsonBody: true, minApiVersion: '1.30' },

  // ---- plugin router
  { method: 'GET', path: '/plugins', operation: 'plugin.list' },
  { method: 'GET', path: '/plugins/{name:.*}/json', operation: 'plugin.inspect' },
  { method: 'GET', path: '/plugins/privileges', operation: 'plugin.privileges' },
  { method: 'DELETE', path: '/plugins/{name:.*}', operation: 'plugin.remove' },
  { method: 'POST', path: '/plugins/{name:.*}/enable', operation: 'plugin.enable', formBody: 'urlencoded' },
  { method: 'POST', path: '/plugins/{name:.*}/disable', operation: 'plugin.disable', formBody: 'urlencoded' },
  // JSON body: the privileges the user accepted (an array).
  { method: 'POST', path: '/plugins/pull', operation: 'plugin.pull', jsonBody: true },
  { method: 'POST', path: '/plugins/{name:.*}/push', operation: 'plugin.push' },
  { method: 'POST', path: '/plugins/{name:.*}/upgrade', operation: 'plugin.upgrade', jsonBody: true, minApiVersion: '1.26' },
  // JSON body: an array of "KEY=value" strings.
  { method: 'POST', path: '/plugins/{name:.*}/set', operation: 'plugin.set', jsonBody: true },
  // Body: a tar holding config.json and rootfs/.
  { method: 'POST', path: '/plugins/create', operation: 'plugin.create', rawBody: 'tar', formBody: 'urlencoded' },

  // ---- distribution router
  { method: 'GET', path: '/distribution/{name:.*}/json', operation: 'distribution.inspect', minApiVersion: '1.30' },

  // ---- network router (20.10 registers it after the grpc router, and only when the daemon's
  // network controller is enabled; 28.0+ always, before debug and grpc. No path overlaps, so the
  // relative order of network / debug / grpc does not change any match.)
  { method: 'GET', path: '/networks', operation: 'network.list' },
  { method: 'GET', path: '/networks/', operation: 'network.list' },
  { method: 'GET', path: '/networks/{id:.+}', operation: 'network.inspect' },
  { method: 'POST', path: '/networks/create', operation: 'network.create', jsonBody: true },
  { method: 'POST', path: '/networks/{id:.*}/connect', operation: 'network.connect', jsonBody: true },
  { method: 'POST', path: '/networks/{id:.*}/disconnect', operation: 'network.disconnect', jsonBody: true },
  { method: 'POST', path: '/networks/prune', operation: 'network.prune', formBody: 'urlencoded', minApiVersion: '1.25' },
  { method: 'DELETE', path: '/networks/{id:.*}', operation: 'network.remove' },

  // ---- debug router, 28.0+: an ordinary router (GET only, with and without the version prefix).
  { method: 'GET', path: '/debug/vars', operation: 'debug.vars', since: '28.0' },
  { method: 'GET', path: '/debug/pprof/', operation: 'debug.pprof.index', since: '28.0' },
  { method: 'GET', path: '/debug/pprof/cmdline', operation: 'debug.pprof.cmdline', since: '28.0' },
  { method: 'GET', path: '/debug/pprof/profile', operation: 'debug.pprof.profile', since: '28.0' },
  { method: 'GET', path: '/debug/pprof/symbol', operation: 'debug.pprof.symbol', since: '28.0' },
  { method: 'GET', path: '/debug/pprof/trace', operation: 'debug.pprof.trace', since: '28.0' },
  { method: 'GET', path: '/debug/pprof/{name}', operation: 'debug.pprof.lookup', since: '28.0' },

  // ---- grpc router: upgraded to h2c, then the BuildKit control API (builds) over gRPC.
  { method: 'POST', path: '/grpc', operation: 'grpc', rawBody: 'stream' },

  // ---- debug routes, 20.10 - 27.x: registered by the server itself after every router, bare
  // path only, any method (see anyMethodUnversioned).
  { method: 'GET', path: '/debug/vars', operation: 'debug.vars', until: '27.5', anyMethodUnversioned: true },
  { method: 'GET', path: '/debug/pprof/', operation: 'debug.pprof.index', until: '27.5', anyMethodUnversioned: true },
  { method: 'GET', path: '/debug/pprof/cmdline', operation: 'debug.pprof.cmdline', until: '27.5', anyMethodUnversioned: true },
  { method: 'GET', path: '/debug/pprof/profile', operation: 'debug.pprof.profile', until: '27.5', anyMethodUnversioned: true },
  { method: 'GET', path: '/debug/pprof/symbol', operation: 'debug.pprof.symbol', until: '27.5', anyMethodUnversioned: true },
  { method: 'GET', path: '/debug/pprof/trace', operation: 'debug.pprof.trace', until: '27.5', anyMethodUnversioned: true },
  { method: 'GET', path: '/debug/pprof/{name}', operation: 'debug.pprof.lookup', until: '27.5', anyMethodUnversioned: true },
] as const satisfies readonly RouteSpec<string>[];

/**
 * A dockgate operation: the `operation` of a route of the table (`container.create`). Rules
 * declare and handle operations by this type, so a name that is not routed does not compile.
 */
export type Operation = (typeof ROUTE_TABLE)[number]['operation'];

/** What a request that matched no route is called: `unknown.read` for GET/HEAD, else `unknown` (denied). */
export type UnroutedOperation = 'unknown' | 'unknown.read';

export const ROUTES: readonly RouteSpec[] = ROUTE_TABLE;
