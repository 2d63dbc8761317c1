/**
 * Reads a V8 .cpuprofile (written by `node --cpu-prof`) and lists where the time went: self
 * time per function, and total (inclusive) time per source file. Used by `npm run bench --
 * --profile`, and on its own: `node --import tsx bench/profile.ts FILE.cpuprofile [TOP]`.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from './servers.js';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface ProfileLine {
  readonly what: string;
  readonly ms: number;
  readonly percent: number;
}

export interface ProfileSummary {
  readonly totalMs: number;
  readonly idlePercent: number;
  readonly selfByFunction: readonly ProfileLine[];
  /** Inclusive time by the area of code it was spent in (first matching frame from the leaf up). */
  readonly byArea: readonly ProfileLine[];
}

function shortUrl(url: string): string {
  if (url === '') return '(native)';
  let path = url;
  if (url.startsWith('file://')) path = relative(ROOT, fileURLToPath(url));
  return path.replace(/^node_modules\//, 'npm:');
}

/** Areas, most specific first: a sample is charged to the first area found walking up from the leaf. */
const dg = (url: string, part: string): boolean => /\/(dist|src)\//.test(url) && !url.includes('node_modules') && url.includes(part);

const AREAS: readonly [string, (url: string, fn: string) => boolean][] = [
  ['GC', (_u, fn) => fn === '(garbage collector)'],
  ['idle', (_u, fn) => fn === '(idle)'],
  ['dockgate gojson decode', (u) => dg(u, '/request/gojson/')],
  ['dockgate routing/uri', (u) => dg(u, '/request/') && /\/(router|uri|routes)\./.test(u)],
  ['dockgate decode-request', (u) => dg(u, '/request/')],
  ['dockgate rules', (u) => dg(u, '/rules/')],
  ['dockgate engine', (u) => dg(u, '/engine/')],
  ['dockgate audit log', (u) => dg(u, '/audit/')],
  ['winston & logform', (u) => /node_modules\/(winston|logform|readable-stream|triple-beam|@colors|safe-stable-stringify|fecha)/.test(u)],
  ['body-parser & raw-body', (u) => /node_modules\/(body-parser|raw-body|iconv-lite|type-is|content-type|bytes)/.test(u)],
  ['express & router', (u) => /node_modules\/(express|router|finalhandler|send|on-finished|statuses|path-to-regexp|depd|encodeurl|parseurl|merge-descriptors|accepts|negotiator|mime-types|vary|content-disposition|cookie|qs|fresh|range-parser|etag|utils-merge|setprototypeof|http-errors)/.test(u)],
  ['dockgate protocol', (u) => dg(u, '/protocol/')],
  ['node http & net', (u) => /^node:(_http|http|net|stream|internal\/(streams|http|net|stream_base))/.test(u)],
];

export function summarizeProfile(file: string, top = 20): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map<number, ProfileNode>();
  const parent = new Map<number, number>();
  for (const n of profile.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  const selfUs = new Map<number, number>();
  let totalUs = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    selfUs.set(id, (selfUs.get(id) ?? 0) + dt);
    totalUs += dt;
  });
  const fnSelf = new Map<string, number>();
  const areaUs = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node) continue;
    const cf = node.callFrame;
    const name = `${cf.functionName || '(anonymous)'} ${shortUrl(cf.url)}${cf.url ? `:${cf.lineNumber + 1}` : ''}`;
    fnSelf.set(name, (fnSelf.get(name) ?? 0) + us);
    let area = 'other';
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur)?.callFrame;
      if (!f) break;
      const hit = AREAS.find(([, test]) => test(f.url, f.functionName));
      if (hit) {
        area = hit[0];
        break;
      }
    }
    areaUs.set(area, (areaUs.get(area) ?? 0) + us);
  }
  const lines = (m: Map<string, number>, n: number): ProfileLine[] =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([what, us]) => ({ what, ms: Math.round(us / 100) / 10, percent: Math.round((1000 * us) / totalUs) / 10 }));
  const idle = areaUs.get('idle') ?? 0;
  return { totalMs: Math.round(totalUs / 1000), idlePercent: Math.round((1000 * idle) / totalUs) / 10, selfByFunction: lines(fnSelf, top), byArea: lines(areaUs, 30) };
}

export function formatProfile(s: ProfileSummary): string {
  const out = [`profile: ${s.totalMs} ms sampled, ${s.idlePercent}% idle`, '', 'by area (inclusive, charged to the innermost matching frame):'];
  for (const l of s.byArea) out.push(`  ${String(l.percent).padStart(5)}%  ${String(l.ms).padStart(8)} ms  ${l.what}`);
  out.push('', 'self time by function:');
  for (const l of s.selfByFunction) out.push(`  ${String(l.percent).padStart(5)}%  ${String(l.ms).padStart(8)} ms  ${l.what}`);
  return out.join('\n');
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, '/'))) {
  const file = process.argv[2];
  if (file === undefined) {
    process.stderr.write('usage: node --import tsx bench/profile.ts FILE.cpuprofile [TOP]\n');
    process.exit(2);
  }
  process.stdout.write(`${formatProfile(summarizeProfile(file, Number(process.argv[3] ?? 25)))}\n`);
}
