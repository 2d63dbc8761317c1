/**
 * Issue 13: a container start is denied for a body only where the daemon would read one: a
 * Content-Length over 7, or an unknown length (chunked) with the media type application/json
 * (httputils.CheckForJSON fails the start for any other).
 */
import { expect } from 'chai';
import { apiRequest, captured, decode, FIXTURE_SETS } from '../../../helpers/fixtures.js';

const start = (headers: Record<string, string>, body?: object) => apiRequest('POST', '/v1.23/containers/c/start', body, headers);
const codes = (raw: Record<string, unknown>): string[] => decode(raw).problems.map((p) => p.code);

describe('container start bodies (DG_START_BODY)', () => {
  const table: readonly (readonly [string, Record<string, string>, string[]])[] = [
    ['no headers', {}, []],
    ['text/plain, no Content-Length (the daemon reads no body)', { 'Content-Type': 'text/plain' }, []],
    ['an empty Content-Type', { 'Content-Type': '' }, []],
    ['application/x-www-form-urlencoded, no length', { 'Content-Type': 'application/x-www-form-urlencoded' }, []],
    ['application/json, no Content-Length (may be chunked)', { 'Content-Type': 'application/json' }, ['DG_START_BODY']],
    ['Application/JSON; charset=utf-8, no length', { 'Content-Type': 'Application/JSON; charset=utf-8' }, ['DG_START_BODY']],
    ['application/json with Content-Length 0', { 'Content-Type': 'application/json', 'Content-Length': '0' }, []],
    ['a declared length over 7, whatever the type', { 'Content-Type': 'text/plain', 'Content-Length': '2000000' }, ['DG_START_BODY']],
    ['a declared length of 7 ({} and spaces)', { 'Content-Type': 'application/json', 'Content-Length': '7' }, []],
  ];
  for (const [name, headers, want] of table) {
    it(name, () => {
      expect(codes(start(headers))).to.deep.equal(want);
    });
  }
  it('a visible HostConfig body', () => {
    expect(codes(start({ 'Content-Type': 'application/json' }, { Privileged: true }))).to.deep.equal(['DG_START_BODY']);
  });
  for (const set of FIXTURE_SETS) {
    it(`docker start (captured, ${set})`, () => {
      expect(codes(captured('start', 'container.start', set))).to.deep.equal([]);
    });
  }
});
