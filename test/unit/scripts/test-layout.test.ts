/**
 * The unit tests mirror the code they test (issue 15): test/unit/<path>/X.test.ts tests
 * src/<path>/X.ts, or the folder src/<path>/X/, or (a source file's tests split by aspect)
 * test/unit/<path>/F/X.test.ts tests src/<path>/F.ts; test/unit/scripts/X.test.ts tests
 * scripts/X.ts. A test that is about something else is named below with what it tests, and the
 * list holds only files that exist.
 */
import { expect } from 'chai';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const UNIT = join(ROOT, 'test/unit');

/** Tests of no single source file or folder, by path under test/unit/, with what they test. */
const CROSS_CUTTING: Readonly<Record<string, string>> = {
  'cli/entrypoints.test.ts': 'the deployed entrypoints (plugin/, Dockerfile, systemd unit, package.json, docs) give node the same flags',
  'fixtures/sets.test.ts': 'the captured fixture sets themselves (test/fixtures/cli*, test/helpers/fixtures.ts)',
  'fixtures/cli-plugins.test.ts': 'the compose and buildx captures through the router, the decoder and the default policy',
  'policy/one-parser.test.ts': 'one parser per Docker notion, shared by the rules, the policy and the CLI',
  'state/start-check.test.ts': 'create, swap, start: protocol/app, state/registry and the host-path rules together',
  'rules/default-policy.test.ts': 'the shipped policies (config/*.json) through the engine',
  'rules/host-paths-policy.test.ts': 'the host-path rules together under the shipped policies',
  'rules/self-protection-chain.test.ts': 'self-protection with state/plugins and the response tracker (the daemon\'s plugin chain)',
  'rules/registry.test.ts': 'the rule registry (src/rules/index.ts): every rule has its files',
  'rules/nested-mounts.test.ts': 'src/rules/lib/nested-mounts.ts: to move to rules/lib/ once the rule tests are converted',
  'rules/seccomp-profile.test.ts': 'src/rules/lib/seccomp-profile.ts: to move to rules/lib/ once the rule tests are converted',
  'scripts/test-layout.test.ts': 'this layout',
};

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return testFiles(path);
    return name.endsWith('.test.ts') ? [relative(UNIT, path)] : [];
  });
}

/** Whether a test path (under test/unit/) mirrors a source file or folder. */
function mirrors(test: string, exists: (path: string) => boolean = (p) => existsSync(join(ROOT, p))): boolean {
  const parts = test.slice(0, -'.test.ts'.length).split('/');
  const [top] = parts;
  const base = top === 'scripts' ? ['scripts', ...parts.slice(1)] : ['src', ...parts];
  const candidates = [`${base.join('/')}.ts`, base.join('/')];
  // test/unit/<path>/F/X.test.ts: an aspect of src/<path>/F.ts
  if (parts.length >= 2) candidates.push(`${base.slice(0, -1).join('/')}.ts`);
  return candidates.some(exists);
}

describe('test/unit mirrors src/ and scripts/', () => {
  const tests = testFiles(UNIT);

  it('every unit test tests the source file or folder of the same path, or is named as cross-cutting', () => {
    const strays = tests.filter((t) => !mirrors(t) && CROSS_CUTTING[t] === undefined);
    expect(strays, 'tests that mirror no source: move them (git mv) to the path of what they test, or name them in CROSS_CUTTING with what they test').to.deep.equal([]);
  });

  it('every cross-cutting test exists and mirrors nothing', () => {
    for (const [test, what] of Object.entries(CROSS_CUTTING)) {
      expect(tests, `${test} (${what})`).to.include(test);
      expect(mirrors(test), `${test} mirrors a source: drop it from CROSS_CUTTING`).to.equal(false);
    }
  });

  it('the mirror rule itself', () => {
    const tree = new Set(['src/request/router.ts', 'src/request/gojson', 'src/request/gojson/decode.ts', 'src/policy/load.ts', 'src/rules/lib', 'scripts/gen.ts']);
    const has = (p: string): boolean => tree.has(p);
    expect(mirrors('request/router.test.ts', has)).to.equal(true);
    expect(mirrors('request/gojson/decode.test.ts', has)).to.equal(true);
    expect(mirrors('request/gojson.test.ts', has), 'a folder').to.equal(true);
    expect(mirrors('policy/load/profiles.test.ts', has), 'an aspect of a file').to.equal(true);
    expect(mirrors('rules/lib.test.ts', has)).to.equal(true);
    expect(mirrors('scripts/gen.test.ts', has)).to.equal(true);
    expect(mirrors('gojson/decode.test.ts', has), 'not under request/').to.equal(false);
    expect(mirrors('request/routing.test.ts', has)).to.equal(false);
    expect(mirrors('engine/gen.test.ts', has), 'scripts only under scripts/').to.equal(false);
  });
});
