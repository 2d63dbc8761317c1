/** The router disagreements with Go the differential tests found, fixed (see uri-regressions.ts). */
import { expect } from 'chai';
import { matchRoute } from '../../src/request/router.js';
import { parseRequestUri } from '../../src/request/uri.js';
import { URI_REGRESSIONS } from './uri-regressions.js';

describe('differential regressions: dockgate routes like Go', () => {
  for (const r of URI_REGRESSIONS) {
    it(`${r.name}: ${r.finding}`, () => {
      const parsed = parseRequestUri(r.uri);
      const match = parsed.problem === undefined ? matchRoute(r.method, parsed.path) : undefined;
      if ('rejected' in r.expect) {
        expect(parsed.problem, 'a problem is reported').to.be.a('string');
      } else if ('notFound' in r.expect) {
        expect(match).to.equal(undefined);
      } else {
        expect(parsed.problem).to.equal(undefined);
        expect(match?.spec.operation).to.equal(r.expect.operation);
        if (r.expect.params) expect(Object.fromEntries(match!.params)).to.deep.equal(r.expect.params);
        expect(match?.apiVersion).to.equal(r.expect.apiVersion);
      }
      for (const [key, values] of Object.entries(r.query ?? {})) expect(parsed.query.get(key)).to.deep.equal(values);
    });
  }
});
