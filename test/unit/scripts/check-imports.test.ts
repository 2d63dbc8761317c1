/** The import checker that `npm run lint` runs over src/ (scripts/check-imports.ts). */
import { expect } from 'chai';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importProblems, MAX_LINES, sizeProblems, type ImportGraph } from '../../../scripts/check-imports.js';

const graph = (edges: Record<string, string[]>): ImportGraph => new Map(Object.entries(edges));

describe('scripts/check-imports', () => {
  it('accepts imports down the layers and inside a folder', () => {
    expect(importProblems(graph({
      'cli/index.ts': ['cli/serve.ts', 'protocol/app.ts'],
      'cli/serve.ts': ['policy/load.ts'],
      'protocol/app.ts': ['engine/engine.ts', 'request/envelope.ts'],
      'policy/load.ts': ['rules/index.ts', 'core/policy.ts'],
      'rules/index.ts': ['engine/types.ts'],
      'engine/types.ts': ['core/rule.ts'],
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
});
