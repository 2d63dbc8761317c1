/** Routing: every URI form of daemon-facts section 4 lands on the operation the daemon's router picks. */
import { expect } from 'chai';
import { matchRoute } from '../../../src/request/router.js';
import { cleanPath, parseQuery, parseRequestUri } from '../../../src/request/uri.js';
import { apiRequest, decode, eachSet, fixture, fixtureIds } from '../../helpers/fixtures.js';

function route(method: string, uri: string): { operation: string; problems: string[] } {
  const r = decode(apiRequest(method, uri));
  return { operation: r.operation, problems: r.problems.map((p) => p.code) };
}

describe('routing', () => {
  const table: [string, string, string][] = [
    ['POST', '/containers/create', 'container.create'],
    ['POST', '/v1.41/containers/create?name=web', 'container.create'],
    ['POST', '/v1.41.0/containers/create', 'container.create'],
    ['POST', '/v01.41/containers/create', 'container.create'],
    ['POST', '/v1/containers/create', 'container.create'],
    ['POST', '/v.../containers/create', 'container.create'],
    ['POST', '/v1.41/containers/%63reate', 'container.create'],
    ['POST', '/containers%2Fcreate', 'container.create'],
    ['POST', '/v1.41/%63ontainers/create', 'container.create'],
    ['POST', 'http://anything/v1.41/containers/create', 'container.create'],
    ['POST', 'unix://docker.sock/containers/create?name=x', 'container.create'],
    ['POST', '/v1.41/containers/abc/update', 'container.update'],
    ['POST', '/v1.41/containers/abc/exec', 'container.exec'],
    ['POST', '/v1.41/containers/abc/start', 'container.start'],
    ['POST', '/v1.41/containers/a/b/start', 'container.start'],
    ['POST', '/v1.41/containers/create/update', 'container.update'],
    ['POST', '/v1.41/containers/x%2Fupdate/exec', 'container.exec'],
    ['GET', '/v1.41/containers/json?all=1', 'container.list'],
    ['HEAD', '/_ping', 'system.ping'],
    ['POST', '/v1.41/plugins/dockgate:latest/disable', 'plugin.disable'],
    ['DELETE', '/v1.41/plugins/dockgate', 'plugin.remove'],
    ['POST', '/debug/vars', 'debug.vars'],
  ];
  for (const [method, uri, operation] of table) {
    it(`${method} ${uri} -> ${operation}`, () => {
      expect(route(method, uri)).to.deep.equal({ operation, problems: operation === 'container.create' || operation === 'container.update' || operation === 'container.exec' ? ['DG_BODY_MISSING'] : [] });
    });
  }

  eachSet((set) => {
    it('routes every request a real CLI, compose, buildx or curl sent to a known endpoint', () => {
      const unknown: string[] = [];
      let n = 0;
      for (const id of fixtureIds(set)) {
        for (const env of fixture(id, set).requests) {
          n++;
          const r = decode(env);
          if (r.operation.startsWith('unknown') || r.problems.some((p) => p.code === 'DG_ENDPOINT_UNKNOWN' || p.code === 'DG_URI_INVALID')) {
            unknown.push(`${id}: ${String(env.RequestMethod)} ${String(env.RequestUri)}`);
          }
        }
      }
      expect(n).to.be.greaterThan(300);
      expect(unknown).to.deep.equal([]);
    });
  });

  it('matches methods exactly, like gorilla/mux', () => {
    expect(route('post', '/containers/create')).to.deep.equal({ operation: 'unknown', problems: ['DG_ENDPOINT_UNKNOWN'] });
    expect(matchRoute('HEAD', '/containers/json')).to.equal(undefined);
  });

  it('denies a mutating request to an unknown endpoint, allows an unknown read', () => {
    expect(route('POST', '/v1.41/containers/abc/frobnicate')).to.deep.equal({ operation: 'unknown', problems: ['DG_ENDPOINT_UNKNOWN'] });
    expect(route('GET', '/v1.41/nothing/here')).to.deep.equal({ operation: 'unknown.read', problems: [] });
  });

  it('denies paths the router would not route as they stand (dot segments, doubled slashes, bad escapes)', () => {
    for (const uri of ['/v1.41/containers/x/../create', '/v1.41//containers/create', '/v1.41/./containers/create', '/containers/%2e%2e/containers/create', '/v1.41/containers/%zzcreate']) {
      expect(route('POST', uri).problems, uri).to.deep.equal(['DG_URI_INVALID']);
    }
  });

  it('does not let a newline in a path variable match (RE2 . excludes \\n)', () => {
    expect(matchRoute('POST', '/containers/a\nb/start')).to.equal(undefined);
    expect(route('POST', '/containers/a%0Ab/start').problems).to.deep.equal(['DG_ENDPOINT_UNKNOWN']);
  });

  it('reads the query like Go: & only, + is a space, first value wins, ; and bad escapes dropped', () => {
    const q = parseQuery('name=a+b&name=second&x=1;y=2&bad=%zz&ok=%41');
    expect(q.get('name')).to.deep.equal(['a b', 'second']);
    expect(q.has('x')).to.equal(false);
    expect(q.has('bad')).to.equal(false);
    expect(q.get('ok')).to.deep.equal(['A']);
    const r = decode(apiRequest('POST', '/v1.41/containers/create?name=first&name=second', { Image: 'x' }));
    expect(r.body.kind === 'container.create' && r.body.name).to.equal('first');
  });

  it('keeps a trailing slash when cleaning, like mux', () => {
    expect(cleanPath('/a/b/')).to.equal('/a/b/');
    expect(cleanPath('/a/./b/../c')).to.equal('/a/c');
    expect(parseRequestUri('/v1.41/containers/create?x=/../..').problem).to.equal(undefined);
  });
});
