/**
 * dockgate's request-target parsing and routing against Go: net/url.ParseRequestURI (what
 * net/http does with the request line), the `OPTIONS *` special case, gorilla/mux's clean-path
 * redirect and its first-match routing over the route table of src/request/routes.ts (sent to
 * the Go program at start), and url.ParseQuery for the query (first value = FormValue).
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { matchRoute } from '../../src/request/router.js';
import { ROUTES } from '../../src/request/routes.js';
import { parseRequestUri } from '../../src/request/uri.js';
import { fuzzParameters, startGo, type GoHarness, type GoRouteResult } from './helpers/go-harness.js';
import { requestTarget } from './helpers/uri-arbitraries.js';
import { URI_REGRESSIONS } from './uri-regressions.js';

export type RouteVerdict = { ok: true; outcome: string } | { ok: false; reason: string };

/**
 * - Go routes it (the plugin is called): dockgate finds the same route, parameters and API
 *   version, with no problem (except a deliberate one: an absolute-form target whose
 *   authority has user info, escapes or a zone is refused);
 * - Go answers 400, 301 or handles `OPTIONS *` itself (no handler, no plugin call): dockgate
 *   reports a problem (it denies a mutating request it is ever shown like that);
 * - Go finds no route (404, no plugin call): dockgate finds none either;
 * - whenever Go parsed the target, both read the query alike.
 */
export function compareRoutes(method: string, uri: string, go: GoRouteResult): RouteVerdict {
  const parsed = parseRequestUri(uri);
  const match = parsed.problem === undefined ? matchRoute(method, parsed.path) : undefined;
  const fail = (reason: string): RouteVerdict => ({ ok: false, reason: `${method} ${JSON.stringify(uri)}: ${reason} (Go: ${JSON.stringify(go)}; dockgate: problem ${JSON.stringify(parsed.problem)}, path ${JSON.stringify(parsed.path)}, route ${match ? ROUTES.indexOf(match.spec) : -1})` });
  if (go.status !== 'bad-request') {
    const query = [...parsed.query].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (JSON.stringify(query) !== JSON.stringify(go.query)) return fail(`query differs: ${JSON.stringify(query)}`);
  }
  switch (go.status) {
    case 'route': {
      // Deliberate: absolute-form targets with user info, escapes or zones in the authority
      // are refused (no Docker client sends them; Go versions disagree on some). Fail-closed.
      if (parsed.problem?.startsWith('unusual authority') === true) return { ok: true, outcome: 'conservative' };
      if (parsed.problem !== undefined) return fail('Go routes it, dockgate reports a problem');
      if (!match) return fail('Go routes it, dockgate finds no route');
      if (ROUTES.indexOf(match.spec) !== go.route) return fail(`different route: dockgate ${match.spec.method} ${match.spec.path}`);
      if (match.apiVersion !== go.version) return fail(`different API version: ${String(match.apiVersion)}`);
      const params = Object.fromEntries(match.params);
      if (JSON.stringify(Object.entries(params).sort()) !== JSON.stringify(Object.entries(go.params ?? {}).sort())) return fail(`different parameters: ${JSON.stringify(params)}`);
      return { ok: true, outcome: 'route' };
    }
    case 'not-found':
      if (match) return fail('Go finds no route, dockgate does');
      return { ok: true, outcome: 'not-found' };
    default:
      if (parsed.problem === undefined) return fail(`Go answers ${go.status} without calling the plugin, dockgate sees no problem`);
      return { ok: true, outcome: go.status };
  }
}

describe('differential: dockgate router vs Go net/url + gorilla/mux', function () {
  let go: GoHarness | undefined;
  before(async function () {
    go = await startGo(this);
  });
  after(async () => {
    await go?.close();
  });

  it(`every regression case routes like Go (${URI_REGRESSIONS.length} cases)`, async () => {
    for (const r of URI_REGRESSIONS) {
      const g = await go!.route(r.method, r.uri);
      expect(compareRoutes(r.method, r.uri, g), r.name).to.include({ ok: true });
      // And Go still gives the recorded answer.
      if ('rejected' in r.expect) expect(g.status, r.name).to.be.oneOf(['bad-request', 'redirect', 'options-star']);
      else if ('notFound' in r.expect) expect(g.status, r.name).to.equal('not-found');
      else expect(ROUTES[g.route]?.operation, r.name).to.equal(r.expect.operation);
    }
  });

  it('every route of the table is reachable, with and without a version prefix', async () => {
    for (const [i, r] of ROUTES.entries()) {
      const path = r.path.replace(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/g, 'x1');
      for (const uri of r.anyMethodUnversioned === true ? [path] : [path, `/v1.41${path}`]) {
        const g = await go!.route(r.method, uri);
        const v = compareRoutes(r.method, uri, g);
        expect(v, `${r.method} ${uri}`).to.include({ ok: true });
        if (g.status === 'route' && g.route !== i) expect(ROUTES[g.route]!.operation, `${r.method} ${uri} is shadowed by an earlier route`).to.be.a('string');
      }
    }
  });

  const params = fuzzParameters(3000);
  it(`${params.numRuns} generated request targets (seed ${params.seed}) route like Go`, async function () {
    this.timeout(Math.max(30_000, params.numRuns * 20));
    const outcomes: Record<string, number> = {};
    await fc.assert(
      fc.asyncProperty(requestTarget, async ({ method, uri }) => {
        const v = compareRoutes(method, uri, await go!.route(method, uri));
        if (!v.ok) throw new Error(v.reason);
        outcomes[v.outcome] = (outcomes[v.outcome] ?? 0) + 1;
      }),
      params,
    );
    console.log(`      ${JSON.stringify(outcomes)}`);
    for (const outcome of ['route', 'not-found', 'redirect', 'bad-request']) expect(outcomes[outcome] ?? 0, `${outcome} in ${JSON.stringify(outcomes)}`).to.be.greaterThan(0);
  });
});
