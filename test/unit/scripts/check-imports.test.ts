/** The import checker that `npm run lint` runs over src/ (scripts/check-imports.ts). */
import { expect } from 'chai';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importProblems, MAX_LINES, ruleIoProblems, sizeProblems, type ImportGraph } from '../../../scripts/check-imports.js';

const graph = (edges: Record<string, string[]>): ImportGraph => new Map(Object.entries(edges));

describe('scripts/check-imports', () => {
  it('accepts imports down the layers and inside a folder', () => {
    expect(importProblems(graph({
      'cli/index.ts': ['cli/serve.ts', 'protocol/app.ts'],
      'cli/serve.ts': ['policy/load.ts'],
      'protocol/app.ts': ['engine/engine.ts', 'request/envelope.ts'],
      'policy/load.ts': ['rules/index.ts', 'core/policy.ts'],
      'rules/index.ts': ['core/rule.ts', 'engine/compile.ts'],
      'engine/compile.ts': ['core/policy.ts'],
      'engine/engine.ts': ['core/decision.ts', 'audit/redact.ts'],
      'audit/redact.ts': [],
      'core/rule.ts': ['request/decode-request.ts'],
      'core/policy.ts': ['core/rule.ts'],
      'core/decision.ts': ['core/policy.ts', 'core/rule.ts'],
      'request/envelope.ts': [],
      'request/decode-request.ts': ['request/envelope.ts'],
    }))).to.deep.equal([]);
  });

  it('names an upward import and an import between folders of one layer', () => {
    expect(importProblems(graph({
      'engine/engine.ts': ['policy/load.ts'],
      'policy/load.ts': [],
      'host/a.ts': ['state/b.ts'],
      'state/b.ts': [],
    }))).to.deep.equal([
      'engine/engine.ts imports policy/load.ts: engine may not import policy (layers import downwards only; move what both need into a lower layer, e.g. src/core/)',
      'host/a.ts imports state/b.ts: host may not import state (layers import downwards only; move what both need into a lower layer, e.g. src/core/)',
    ]);
  });

  it('names a cycle inside one folder and a file importing itself', () => {
    expect(importProblems(graph({
      'cli/check.ts': ['cli/check-client.ts'],
      'cli/check-client.ts': ['cli/run.ts'],
      'cli/run.ts': ['cli/check.ts'],
      'cli/self.ts': ['cli/self.ts'],
    }))).to.deep.equal([
      'import cycle: cli/check-client.ts -> cli/check.ts -> cli/run.ts -> cli/check-client.ts',
      'import cycle: cli/self.ts -> cli/self.ts',
    ]);
  });

  it('names a folder that has no layer', () => {
    expect(importProblems(graph({ 'misc/x.ts': [] }))).to.deep.equal(['misc/x.ts: src/misc has no layer: add it to LAYERS in scripts/check-imports.ts (and to ARCHITECTURE.md)']);
  });

  it('names a file over MAX_LINES lines, and only that one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dg-size-'));
    try {
      mkdirSync(join(dir, 'policy'));
      writeFileSync(join(dir, 'policy/ok.ts'), 'x;\n'.repeat(MAX_LINES));
      writeFileSync(join(dir, 'policy/big.generated.ts'), 'x;\n'.repeat(MAX_LINES + 1));
      expect(sizeProblems(dir)).to.deep.equal([`policy/big.generated.ts: ${String(MAX_LINES + 1)} lines, more than ${String(MAX_LINES)}: split it by what its parts own`]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('rules do no I/O (facts come through the rule context)', () => {
    const values = (file: string, target: string): string => `${file} imports values from ${target}: rules read the host and dockgate's state only through the rule context (core/context.ts; type-only imports are fine)`;
    const io = (file: string, mod: string): string => `${file} imports ${mod}: rules do no I/O (ask the rule context, core/context.ts; the live one, rules/lib/context.ts, reads the host)`;

    it('accepts type-only imports from host/ and state/, and any import of other folders', () => {
      const text = [
        "import type { Resolution } from '../../host/resolve.js';",
        "import { type ContainerRecord, type StoredHostPath } from '../../state/registry.js';",
        "export type { KnownNetwork } from '../../state/networks.js';",
        "import { goPathClean } from './paths.js';",
        "import { defineRule } from '../../core/rule.js';",
        "import { join } from 'node:path';",
      ].join('\n');
      expect(ruleIoProblems('rules/lib/x.ts', text)).to.deep.equal([]);
    });

    it('names every value import from host/ or state/ and every import of node:fs, node:os, node:child_process', () => {
      const text = [
        "import { currentHostRoot } from '../host/root.js';",
        "import { type Lookup, currentRegistry } from '../state/registry.js';",
        "import * as networks from '../state/networks.js';",
        "export { knownPlugins } from '../state/plugins.js';",
        "export * from '../host/resolve.js';",
        "import '../host/self-identity.js';",
        "import { readFileSync } from 'node:fs';",
        "import os from 'os';",
        "import type { ExecOptions } from 'node:child_process';",
        "const later = () => import('node:child_process');",
      ].join('\n');
      expect(ruleIoProblems('rules/x.ts', text)).to.deep.equal([
        values('rules/x.ts', 'host/root.ts'),
        values('rules/x.ts', 'state/registry.ts'),
        values('rules/x.ts', 'state/networks.ts'),
        values('rules/x.ts', 'state/plugins.ts'),
        values('rules/x.ts', 'host/resolve.ts'),
        values('rules/x.ts', 'host/self-identity.ts'),
        io('rules/x.ts', 'node:fs'),
        io('rules/x.ts', 'os'),
        io('rules/x.ts', 'node:child_process'),
      ]);
    });

    it('lets the live context, and the folders outside rules/, reach the host', () => {
      const text = "import { release } from 'node:os';\nimport { currentRegistry } from '../../state/registry.js';";
      expect(ruleIoProblems('rules/lib/context.ts', text)).to.deep.equal([]);
      expect(ruleIoProblems('protocol/track.ts', "import { currentRegistry } from '../state/registry.js';\nimport { readFileSync } from 'node:fs';")).to.deep.equal([]);
    });
  });
});
