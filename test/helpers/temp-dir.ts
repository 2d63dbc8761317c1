/** A temporary folder for one describe block: created before its tests, removed after them. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TempDir {
  /** The path of NAME in the folder. */
  readonly path: (name: string) => string;
  /** Writes CONTENT to NAME in the folder and returns its path. */
  readonly file: (name: string, content: string) => string;
}

export function useTempDir(prefix: string): TempDir {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    path: (name) => join(dir, name),
    file: (name, content) => {
      const p = join(dir, name);
      writeFileSync(p, content);
      return p;
    },
  };
}
