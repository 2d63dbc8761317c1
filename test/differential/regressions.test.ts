/**
 * The disagreements with Go that the differential tests found, fixed: each body gives what Go
 * gives (recorded in regressions.ts). Runs without Go; decoder.test.ts re-checks them with Go.
 */
import { expect } from 'chai';
import { decodeGoJSON } from '../../src/request/gojson/decode.js';
import { GO_REGRESSIONS } from './regressions.js';
import { SCHEMAS } from './helpers/schemas.js';

/** Reads `a.b.1.c` from a decoded value (embedded holders are ordinary properties). */
function at(value: unknown, path: string): unknown {
  let cur = value;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = Array.isArray(cur) ? cur[Number(part)] : (cur as Record<string, unknown>)[part];
  }
  return cur;
}

describe('differential regressions: dockgate decodes like Go', () => {
  for (const r of GO_REGRESSIONS) {
    it(`${r.name}: ${r.finding}`, () => {
      const result = decodeGoJSON<unknown>(r.body, SCHEMAS[r.kind]);
      if ('syntaxError' in r.expect) {
        expect(result.syntaxError).to.not.equal(undefined);
        return;
      }
      expect(result.syntaxError, JSON.stringify(result.syntaxError)).to.equal(undefined);
      if ('typeError' in r.expect) {
        expect(result.typeError).to.not.equal(undefined);
        return;
      }
      expect(result.typeError, JSON.stringify(result.typeError)).to.equal(undefined);
      for (const [path, want] of Object.entries(r.expect.values)) {
        const got = at(result.value, path);
        if (typeof want === 'number') expect(Object.is(got, want), `${path}: ${String(got)} (want ${want})`).to.equal(true);
        else expect(got, path).to.deep.equal(want);
      }
      if (r.expect.ambiguities) expect(result.ambiguities.map((a) => a.path)).to.deep.equal(r.expect.ambiguities);
    });
  }
});
