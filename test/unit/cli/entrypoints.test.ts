/**
 * Every place dockgate is started as deployed gives node the same flags, before the script (a
 * flag after it would be an argument of dockgate, not of node): the managed plugin's entrypoint,
 * the Dockerfile, the systemd unit, `npm start`, the benchmark, and the commands the docs show.
 * --max-semi-space-size=4 caps V8's young generation (docs/dev/performance.md).
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';

const NODE_FLAGS = ['--max-semi-space-size=4'];
const SCRIPT = /(^|\/)dist\/cli\/index\.js$/;

const root = new URL('../../../', import.meta.url);
const read = (file: string): string => readFileSync(new URL(file, root), 'utf8');

/** The node flags of a command line: what is between the node binary and dockgate's script. */
function nodeFlags(command: readonly string[]): string[] {
  const node = command.findIndex((t) => /(^|\/)node$/.test(t));
  const script = command.findIndex((t) => SCRIPT.test(t));
  expect(node, `no node binary in ${JSON.stringify(command)}`).to.be.at.least(0);
  expect(script, `no dist/cli/index.js after node in ${JSON.stringify(command)}`).to.be.greaterThan(node);
  return command.slice(node + 1, script);
}

function match(text: string, re: RegExp, what: string): string {
  const m = re.exec(text);
  expect(m, `${what} not found`).to.not.equal(null);
  return m?.[1] ?? '';
}

/** Inline and fenced commands that start the plugin: `node ... dist/cli/index.js serve ...`. */
function serveCommands(markdown: string): string[][] {
  return [...markdown.matchAll(/\bnode\b[^`\n#]*?dist\/cli\/index\.js serve\b[^`\n#]*/g)].map((m) => m[0].trim().split(/\s+/));
}

const table: { file: string; what: string; commands: (text: string) => string[][] }[] = [
  { file: 'config.json', what: 'managed plugin entrypoint', commands: (t) => [(JSON.parse(t) as { entrypoint: string[] }).entrypoint] },
  { file: 'Dockerfile', what: 'ENTRYPOINT', commands: (t) => [JSON.parse(match(t, /^ENTRYPOINT (\[.*\])$/m, 'ENTRYPOINT')) as string[]] },
  { file: 'plugin/systemd/dockgate.service', what: 'ExecStart', commands: (t) => [match(t, /^ExecStart=(.*)$/m, 'ExecStart=').split(/\s+/)] },
  {
    file: 'package.json',
    what: 'the start script',
    commands: (t) => [((JSON.parse(t) as { scripts: Record<string, string> }).scripts['start'] ?? '').split(/\s+/)],
  },
  {
    file: 'bench/servers.ts',
    what: 'the benchmark (DOCKGATE_NODE_FLAGS, given to every dockgate it starts)',
    commands: (t) => {
      const flags = match(t, /DOCKGATE_NODE_FLAGS: readonly string\[\] = \[([^\]]*)\]/, 'DOCKGATE_NODE_FLAGS');
      return [['node', ...[...flags.matchAll(/'([^']*)'/g)].map((m) => m[1] ?? ''), 'dist/cli/index.js', 'serve']];
    },
  },
  { file: 'README.md', what: 'commands shown', commands: serveCommands },
  { file: 'docs/install.md', what: 'commands shown', commands: serveCommands },
];

describe('entry points: node flags as deployed', () => {
  for (const { file, what, commands } of table) {
    it(`${file}: ${what}`, () => {
      const found = commands(read(file));
      expect(found, `no command starting dockgate in ${file}`).to.not.be.empty;
      for (const command of found) {
        expect(nodeFlags(command), command.join(' ')).to.include.members(NODE_FLAGS);
      }
    });
  }
});
