/**
 * watchPolicy follows the policy folder through the ways operators and config tools change it.
 * The replace case matters most for the managed plugin, which reads the host's folder through
 * /host: after `rm -r` + `mkdir`, ext4 usually gives the new folder the old one's inode number,
 * so a watch that compares device and inode numbers alone keeps watching the deleted folder and
 * misses every later write. Each step waits for the reload it expects (no timed assertion); the
 * watch is re-armed after 20 ms instead of the default second, so the five replacements do not
 * wait five seconds.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { watchPolicy, type PolicyWatcher } from '../../../src/policy/watch.js';
import { useTempDir } from '../../helpers/temp-dir.js';

/** The watcher, and a promise per awaited content: it settles when a reload sees the file hold `want`. */
function changes(file: string): { watcher: PolicyWatcher; seen: (want: string) => Promise<void> } {
  const waiting: { want: string; done: () => void }[] = [];
  const watcher = watchPolicy(
    file,
    () => {
      let now = '';
      try {
        now = readFileSync(file, 'utf8');
      } catch {
        now = '';
      }
      for (const w of waiting.filter((x) => x.want === now)) {
        waiting.splice(waiting.indexOf(w), 1);
        w.done();
      }
    },
    { debounceMs: 20, retryMs: 20 },
  );
  return {
    watcher,
    seen: (want) =>
      new Promise<void>((done, fail) => {
        const t = setTimeout(() => {
          fail(new Error(`no reload with ${want} within 10 s`));
        }, 10_000);
        waiting.push({
          want,
          done: () => {
            clearTimeout(t);
            done();
          },
        });
      }),
  };
}

describe('policy/watch: the policy folder is followed however it is changed', function () {
  this.timeout(60_000);
  const tmp = useTempDir('dg-watch-');

  it('an in-place write, a rename over the file, then the folder replaced (rm -r + mkdir) five times, each followed by an in-place write', async function () {
    const dir = tmp.path('policies');
    mkdirSync(dir);
    const file = join(dir, 'policy.json');
    writeFileSync(file, 'v0');
    const { watcher, seen } = changes(file);
    try {
      let s = seen('v1');
      writeFileSync(file, 'v1');
      await s;
      s = seen('v2');
      writeFileSync(join(dir, '.policy.json.tmp'), 'v2');
      renameSync(join(dir, '.policy.json.tmp'), file);
      await s;
      for (let i = 0; i < 5; i++) {
        s = seen(`replaced-${i}`);
        rmSync(dir, { recursive: true, force: true });
        mkdirSync(dir);
        writeFileSync(file, `replaced-${i}`);
        await s;
        // the write that a watch of the deleted folder misses
        s = seen(`after-${i}`);
        writeFileSync(file, `after-${i}`);
        await s;
      }
    } finally {
      watcher.close();
    }
  });
});
