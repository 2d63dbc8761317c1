/** The decision line: written without winston's streams, but the same JSON object winston would write. */
import { expect } from 'chai';
import { Writable } from 'node:stream';
import winston from 'winston';
import { createLogger, decisionRecord, writeDecision } from '../../../src/audit/logger.js';
import type { Decision } from '../../../src/engine/engine.js';
import { captured, decode, eachSet, type FixtureSet } from '../../helpers/fixtures.js';

function sink(): { stream: Writable; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      chunks.push(chunk.toString('utf8'));
      cb();
    },
  });
  return { stream, lines: () => chunks.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) };
}

const request = decode(captured('run-privileged', 'container.create'));
const requestIn = (set: FixtureSet) => decode(captured('run-privileged', 'container.create', set));
const denied: Decision = {
  allow: false,
  msg: 'dockgate denied container create: [privileged] ...',
  wouldDeny: true,
  violations: [{ rule: 'privileged', action: 'deny', severity: 'critical', cis: '5.5', finding: { field: 'HostConfig.Privileged', found: 'true', fix: 'drop --privileged' } }],
  problems: [],
  mode: 'enforce',
};
const record = decisionRecord(request, denied, 'v1', 42);

describe('audit: the decision line', () => {
  eachSet((set) => {
    it('is one JSON line with winston\'s level, message and timestamp, and every field of the record', () => {
      const record = decisionRecord(requestIn(set), denied, 'v1', 42);
      const out = sink();
      const logger = createLogger('info', out.stream);
      const before = Date.now();
      writeDecision(logger, 'info', 'decision', record);
      const after = Date.now();
      const lines = out.lines();
      expect(lines).to.have.length(1);
      const line = lines[0]!;
      expect(line.level).to.equal('info');
      expect(line.message).to.equal('decision');
      // Stamped while it was written (the write is synchronous): no tolerance to outgrow under load.
      expect(Date.parse(String(line.timestamp))).to.be.within(before, after);
      const rest = Object.fromEntries(Object.entries(line).filter(([k]) => !['level', 'message', 'timestamp'].includes(k)));
      expect(rest).to.deep.equal(JSON.parse(JSON.stringify(record)));
    });

    it('has the same fields as the line winston writes for the same record', () => {
      const record = decisionRecord(requestIn(set), denied, 'v1', 42);
      const fast = sink();
      writeDecision(createLogger('info', fast.stream), 'info', 'decision', record);
      const slow = sink();
      createLogger('info', slow.stream).info('decision', record);
      const strip = (l: Record<string, unknown>): Record<string, unknown> => ({ ...l, timestamp: 'T' });
      expect(strip(fast.lines()[0]!)).to.deep.equal(strip(slow.lines()[0]!));
    });
  });

  it('names AuthZRes lines "response", as winston did', () => {
    const out = sink();
    writeDecision(createLogger('debug', out.stream), 'debug', 'response', decisionRecord(request, { ...denied, allow: true }, 'v1', 7, 'response', 201));
    expect(out.lines()[0]).to.include({ level: 'debug', message: 'response', phase: 'response', statusCode: 201 });
  });

  const levels: ['info' | 'debug', string, number][] = [
    ['info', 'info', 1],
    ['info', 'warn', 0],
    ['debug', 'info', 0],
    ['debug', 'debug', 1],
  ];
  for (const [lineLevel, loggerLevel, count] of levels) {
    it(`${lineLevel === 'info' ? 'an' : 'a'} ${lineLevel} line under a ${loggerLevel} logger is ${count === 1 ? 'written' : 'not written'}`, () => {
      const out = sink();
      writeDecision(createLogger(loggerLevel, out.stream), lineLevel, 'decision', record);
      expect(out.lines()).to.have.length(count);
    });
  }

  it('is written one way: a logger not made by createLogger is a type error, and gets no line', async () => {
    const out = sink();
    // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment
    const logger = winston.createLogger({ level: 'info', format: winston.format.json(), transports: [new winston.transports.Stream({ stream: out.stream })] });
    const write = (): void => {
      // @ts-expect-error writeDecision takes createLogger's Logger only (no second path through another logger's winston formats)
      writeDecision(logger, 'info', 'decision', record);
    };
    expect(write).to.throw(TypeError);
    await new Promise((r) => setImmediate(r));
    expect(out.lines()).to.deep.equal([]);
  });
});
