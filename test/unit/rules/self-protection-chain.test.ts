/**
 * self-protection with what the daemon said (issue 13/14): plugin kinds from `GET /plugins` /
 * `GET /plugins/{name}/json` and the start chain from `GET /info`, learned through the response
 * tracker from bodies captured on dockerd 20.10.24, 26.1.5 and 28.5.2
 * (test/fixtures/plugin-knowledge/capture.ts), with daemon.json's authorization-plugins.
 *
 * In each captured list: `dockgate-green` (authz: plays dockgate itself, its ID "detected"),
 * `authz-fixture` (authz: another authorization plugin, e.g. the blue dockgate of a blue/green
 * switch) and `volume-fixture:1.0` (a volume plugin).
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEnvelope } from '../../../src/request/envelope.js';
import { ResponseTracker } from '../../../src/protocol/track.js';
import rule from '../../../src/rules/self-protection.js';
import { forgetPlugins, knownPlugins, learnInfo, learnPluginList, resolvePlugin, startChain } from '../../../src/state/plugins.js';
import type { RuleContext } from '../../../src/core/context.js';
import { contextWith, daemonJson } from '../../helpers/context.js';
import { apiRequest, decode } from '../../helpers/fixtures.js';
import { findingsThroughEngine } from '../../helpers/rule-tester.js';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/plugin-knowledge');
const DAEMONS = ['20.10', '26.1', '28.5'] as const;

const text = (daemon: string, file: string): string => readFileSync(join(DIR, daemon, file), 'utf8');
interface Listed {
  Id: string;
  Name: string;
}
const idOf = (daemon: string, name: string): string => {
  const p = (JSON.parse(text(daemon, 'plugins.json')) as Listed[]).find((x) => x.Name === name);
  if (p === undefined) throw new Error(`${daemon}/plugins.json has no ${name}`);
  return p.Id;
};
/** The captured /info answer with Plugins.Authorization set to `chain` (the daemon's start chain). */
const infoWith = (daemon: string, chain: readonly string[] | null): string => {
  const info = JSON.parse(text(daemon, 'info.json')) as { Plugins: { Authorization: readonly string[] | null } };
  info.Plugins.Authorization = chain;
  return JSON.stringify(info);
};

/** One AuthZReq (allowed) and its AuthZRes through the tracker, as the plugin sees them. */
function answer(tracker: ResponseTracker, method: string, uri: string, body: string | undefined, status = 200): Record<string, unknown> | undefined {
  const raw = { ...apiRequest(method, uri), ResponseStatusCode: status, ...(body === undefined ? {} : { ResponseBody: Buffer.from(body).toString('base64') }) };
  tracker.expect(decode(raw));
  const parsed = parseEnvelope(raw);
  if (!parsed.ok) throw new Error(parsed.reason);
  return tracker.observe(decode(raw), parsed.envelope);
}

type DaemonJson = readonly string[] | 'missing' | 'unreadable';

interface Scenario {
  readonly name: string;
  /** docker plugin ls seen (the full captured list). */
  readonly list: boolean;
  /** docker info seen, with this start chain (names of the captured list; null: none). */
  readonly info?: readonly string[] | null;
  readonly daemonJson: DaemonJson;
  readonly options?: object;
  /** Targets (by a function of the IDs) and the expected verdict per operation. */
  readonly cases: readonly { readonly target: (ids: Ids) => string; readonly allowed: boolean; readonly summary?: RegExp; readonly fix?: RegExp }[];
}

interface Ids {
  readonly green: string;
  readonly blue: string;
  readonly volume: string;
}

const OPS: readonly ((t: string) => ReturnType<typeof apiRequest>)[] = [
  (t: string) => apiRequest('POST', `/v1.41/plugins/${t}/disable`),
  (t: string) => apiRequest('DELETE', `/v1.41/plugins/${t}?force=1`),
  (t: string) => apiRequest('POST', `/v1.41/plugins/${t}/set`, ['DOCKGATE_MODE=audit']),
  (t: string) => apiRequest('POST', `/v1.41/plugins/${t}/upgrade?remote=${encodeURIComponent('127.0.0.1:5000/dockgate:0.2.0')}`, []),
];

const byName = (n: string) => (): string => n;
const full = (k: keyof Ids) => (ids: Ids): string => ids[k];
const prefix = (k: keyof Ids) => (ids: Ids): string => ids[k].slice(0, 12);
const everyRef = (k: keyof Ids, name: string) => [byName(name), full(k), prefix(k)];

const SCENARIOS: readonly Scenario[] = [
  {
    name: 'nothing learned yet: every plugin may be an authorization plugin',
    list: false,
    daemonJson: 'missing',
    cases: [byName('volume-fixture:1.0'), byName('authz-fixture'), full('volume')].map((target) => ({ target, allowed: false, summary: /which may be an authorization plugin/, fix: /run `docker plugin ls` first/ })),
  },
  {
    name: 'docker plugin ls seen: a volume plugin is not an authorization plugin',
    list: true,
    daemonJson: 'missing',
    cases: everyRef('volume', 'volume-fixture:1.0').map((target) => ({ target, allowed: true })),
  },
  {
    name: 'docker plugin ls seen, no docker info: an authorization plugin outside daemon.json may still be in the start chain',
    list: true,
    daemonJson: ['dockgate-green'],
    cases: everyRef('blue', 'authz-fixture').map((target) => ({ target, allowed: false, summary: /: chain unknown, no docker info seen yet$/, fix: /run `docker info` first/ })),
  },
  {
    name: 'blue/green: blue was the start chain, green (dockgate) joined by a reload, daemon.json now names green only',
    list: true,
    info: ['authz-fixture'],
    daemonJson: ['dockgate-green'],
    cases: [...everyRef('blue', 'authz-fixture').map((target) => ({ target, allowed: true })), ...everyRef('green', 'dockgate-green').map((target) => ({ target, allowed: false, summary: /^(disable|remove|reconfigure|upgrade) of the authorization plugin itself/ }))],
  },
  {
    name: 'the daemon started with both: nothing shows a reload, so blue may still be in the chain',
    list: true,
    info: ['authz-fixture', 'dockgate-green'],
    daemonJson: ['dockgate-green'],
    cases: everyRef('blue', 'authz-fixture').map((target) => ({ target, allowed: false, summary: /: in the daemon's start chain, no reload seen$/, fix: /after the daemon restarts without it/ })),
  },
  {
    name: 'the start chain names green by its ID prefix: no reload shown either',
    list: true,
    info: ['authz-fixture', 'GREEN_PREFIX'],
    daemonJson: ['dockgate-green'],
    cases: [{ target: full('blue'), allowed: false, summary: /: in the daemon's start chain/ }],
  },
  {
    name: 'daemon.json names blue (by name): in the chain',
    list: true,
    info: [],
    daemonJson: ['authz-fixture', 'dockgate-green'],
    cases: [
      { target: byName('authz-fixture'), allowed: false, summary: /of the authorization plugin itself \("authz-fixture" is its name authz-fixture:latest\)/ },
      { target: full('blue'), allowed: false, summary: /: daemon.json's authorization-plugins names it/ },
      { target: prefix('blue'), allowed: false, summary: /: daemon.json's authorization-plugins names it/ },
    ],
  },
  {
    name: 'daemon.json names blue by its full ID',
    list: true,
    info: [],
    daemonJson: ['BLUE_ID'],
    cases: [{ target: byName('authz-fixture'), allowed: false, summary: /: daemon.json's authorization-plugins names it/ }],
  },
  {
    name: 'an authorization plugin out of daemon.json and of a start chain without plugins (docker info: null)',
    list: true,
    info: null,
    daemonJson: [],
    cases: everyRef('blue', 'authz-fixture').map((target) => ({ target, allowed: true })),
  },
  {
    name: 'daemon.json unreadable: no authorization plugin is provably outside the chain (volume plugins still are not in it)',
    list: true,
    info: [],
    daemonJson: 'unreadable',
    cases: [{ target: byName('authz-fixture'), allowed: false, summary: /: cannot tell if it is in the chain$/, fix: /^dockgate cannot read the daemon configuration .*daemon.json \(/ }, { target: byName('volume-fixture:1.0'), allowed: true }],
  },
  {
    name: 'readDaemonConfig false: the same',
    list: true,
    info: [],
    daemonJson: [],
    options: { readDaemonConfig: false },
    cases: [{ target: full('blue'), allowed: false, summary: /: cannot tell if it is in the chain$/, fix: /readDaemonConfig is false/ }],
  },
  {
    name: 'otherPlugins: kept for plugins dockgate knows nothing of, never for one the start chain names',
    list: false,
    info: ['authz-fixture'],
    daemonJson: [],
    options: { otherPlugins: ['authz-fixture', 'volume-fixture:1.0'] },
    cases: [{ target: byName('volume-fixture:1.0'), allowed: true }, { target: byName('authz-fixture'), allowed: false, summary: /which may be an authorization plugin/ }],
  },
  {
    name: 'otherPlugins and a known authorization plugin the start chain names',
    list: true,
    info: ['authz-fixture', 'dockgate-green'],
    daemonJson: [],
    options: { otherPlugins: ['authz-fixture'] },
    cases: [{ target: byName('authz-fixture'), allowed: false, summary: /: in the daemon's start chain/ }],
  },
];

describe('self-protection: which plugins are authorization plugins, and which are in the chain (captured daemon answers)', () => {
  after(() => {
    forgetPlugins();
  });

  for (const daemon of DAEMONS) {
    describe(`dockerd ${daemon}`, () => {
      const ids: Ids = { green: idOf(daemon, 'dockgate-green:latest'), blue: idOf(daemon, 'authz-fixture:latest'), volume: idOf(daemon, 'volume-fixture:1.0') };
      const subst = (s: string): string => s.replace('GREEN_PREFIX', ids.green.slice(0, 10)).replace('BLUE_ID', ids.blue);
      /** dockgate-green's context: its ID detected, no daemon.json (the plugins and the chain are learned, live). */
      const green = contextWith({ ownPluginId: () => ids.green, daemonConfig: daemonJson(undefined) });
      /** Learns the scenario's answers; returns the context with its daemon.json. */
      const setUp = (s: Scenario): RuleContext => {
        forgetPlugins();
        const config = s.daemonJson === 'unreadable' ? '{"authorization-plugins": "not a list"}' : s.daemonJson === 'missing' ? undefined : JSON.stringify({ 'authorization-plugins': s.daemonJson.map(subst) });
        const tracker = new ResponseTracker();
        if (s.list) expect(answer(tracker, 'GET', '/v1.41/plugins', text(daemon, 'plugins.json'))).to.deep.equal({ event: 'plugins-learned', plugins: 3 });
        if (s.info !== undefined) expect(answer(tracker, 'GET', '/v1.41/info', infoWith(daemon, s.info === null ? null : s.info.map(subst)))).to.deep.include({ event: 'authorization-chain-learned' });
        return contextWith({ ownPluginId: () => ids.green, daemonConfig: daemonJson(config) });
      };
      for (const s of SCENARIOS) {
        it(s.name, () => {
          const context = setUp(s);
          for (const c of s.cases) {
            const target = c.target(ids);
            for (const op of OPS) {
              const req = op(target);
              const findings = findingsThroughEngine(rule, req, s.options, false, context);
              const what = `${String(req.RequestMethod)} ${String(req.RequestUri)}`;
              if (c.allowed) {
                expect(findings, what).to.deep.equal([]);
                continue;
              }
              expect(findings, what).to.have.length(1);
              expect(findings[0]?.found, what).to.equal(target);
              if (c.summary !== undefined) expect(findings[0]?.summary, what).to.match(c.summary);
              // the deny message cuts a summary at 120 characters: for a plugin dockgate knows, the reason must fit
              if (s.list && !/itself/.test(findings[0]?.summary ?? '')) expect(findings[0]?.summary?.length ?? 0, `${what}: ${String(findings[0]?.summary)}`).to.be.at.most(120);
              if (c.fix !== undefined) expect(findings[0]?.fix, what).to.match(c.fix);
            }
          }
        });
      }

      it('learns kinds and IDs from docker plugin ls and docker plugin inspect', () => {
        forgetPlugins();
        expect(learnPluginList(text(daemon, 'plugins.json'), 0, true)).to.equal(3);
        expect(knownPlugins().map((p) => [p.name, p.kind]).sort()).to.deep.equal([
          ['authz-fixture:latest', 'authz'],
          ['dockgate-green:latest', 'authz'],
          ['volume-fixture:1.0', 'other'],
        ]);
        forgetPlugins();
        const tracker = new ResponseTracker();
        expect(answer(tracker, 'GET', '/v1.41/plugins/authz-fixture/json', text(daemon, 'plugin-inspect.json'))).to.deep.equal({ event: 'plugins-learned', plugins: 1, id: ids.blue, kind: 'authz' });
        expect(resolvePlugin('authz-fixture')).to.deep.include({ state: 'known' });
      });

      it('learns the start chain from docker info (null when the daemon started without one)', () => {
        forgetPlugins();
        expect(startChain()).to.equal(undefined);
        const chain = (JSON.parse(text(daemon, 'info.json')) as { Plugins: { Authorization: string[] } }).Plugins.Authorization;
        expect(chain).to.have.length(1);
        expect(learnInfo(text(daemon, 'info.json'))).to.deep.equal(chain);
        expect(learnInfo(text(daemon, 'info-no-chain.json'))).to.deep.equal([]);
        expect(learnInfo('{"Plugins":{"Authorization":[1]}}')).to.equal(undefined);
        expect(startChain()).to.deep.equal([]);
      });

      it('a full list forgets plugins it does not show; a filtered list (capability authz) does not', () => {
        forgetPlugins();
        const tracker = new ResponseTracker();
        answer(tracker, 'GET', '/v1.41/plugins', text(daemon, 'plugins.json'));
        const filtered = answer(tracker, 'GET', `/v1.41/plugins?filters=${encodeURIComponent('{"capability":["authz"]}')}`, text(daemon, 'plugins-authz-filter.json'));
        expect(filtered).to.deep.equal({ event: 'plugins-learned', plugins: 2 });
        expect(resolvePlugin('volume-fixture:1.0')).to.deep.include({ state: 'known' });
        answer(tracker, 'GET', '/v1.41/plugins', text(daemon, 'plugins-authz-filter.json'));
        expect(resolvePlugin('volume-fixture:1.0')).to.deep.equal({ state: 'unknown' });
      });

      it('an allowed upgrade or removal makes the plugin unknown at once; a list asked before it does not bring it back', () => {
        for (const op of [(t: string) => apiRequest('POST', `/v1.41/plugins/${t}/upgrade?remote=x%2Fy%3A2`, []), (t: string) => apiRequest('DELETE', `/v1.41/plugins/${t}`)]) {
          forgetPlugins();
          const tracker = new ResponseTracker();
          answer(tracker, 'GET', '/v1.41/plugins', text(daemon, 'plugins.json'));
          expect(findingsThroughEngine(rule, apiRequest('POST', '/v1.41/plugins/volume-fixture:1.0/disable'), undefined, false, green)).to.deep.equal([]);
          // a docker plugin ls asked now, answered after the upgrade/removal was allowed
          const listRaw = { ...apiRequest('GET', '/v1.41/plugins'), ResponseStatusCode: 200, ResponseBody: Buffer.from(text(daemon, 'plugins.json')).toString('base64') };
          tracker.expect(decode(listRaw));
          tracker.expect(decode(op('volume-fixture:1.0')));
          expect(resolvePlugin('volume-fixture:1.0')).to.deep.equal({ state: 'unknown' });
          const parsed = parseEnvelope(listRaw);
          if (!parsed.ok) throw new Error(parsed.reason);
          expect(tracker.observe(decode(listRaw), parsed.envelope)).to.deep.equal({ event: 'plugins-learned', plugins: 2 });
          expect(findingsThroughEngine(rule, apiRequest('POST', '/v1.41/plugins/volume-fixture:1.0/disable'), undefined, false, green)[0]?.summary).to.match(/which may be an authorization plugin/);
          // the next list shows it again
          answer(tracker, 'GET', '/v1.41/plugins', text(daemon, 'plugins.json'));
          expect(resolvePlugin('volume-fixture:1.0')).to.deep.include({ state: 'known' });
        }
      });

      it('a failed answer (404) or a body too large to arrive (empty) teaches nothing', () => {
        forgetPlugins();
        const tracker = new ResponseTracker();
        expect(answer(tracker, 'GET', '/v1.41/plugins', text(daemon, 'plugins.json'), 500)).to.equal(undefined);
        expect(answer(tracker, 'GET', '/v1.41/plugins', undefined)).to.equal(undefined);
        expect(answer(tracker, 'GET', '/v1.41/info', undefined)).to.equal(undefined);
        expect(knownPlugins()).to.deep.equal([]);
        expect(startChain()).to.equal(undefined);
      });
    });
  }
});
