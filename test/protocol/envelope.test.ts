/** The envelope's RequestBody is base64 exactly as Go's encoding/json writes []byte; anything else is refused. */
import { expect } from 'chai';
import { decodeBase64Body } from '../../src/request/envelope.js';

describe('envelope: RequestBody base64', () => {
  const valid: [string, string][] = [
    ['no padding needed', 'abc'],
    ['one pad', 'ab'],
    ['two pads', 'a'],
    ['bytes that use + and /', '\u00fb\u00ff\u00bf'],
    ['a docker create body', '{"Image":"alpine","HostConfig":{"Privileged":true}}'],
  ];
  for (const [name, text] of valid) {
    it(`decodes ${name}`, () => {
      const encoded = Buffer.from(text, 'latin1').toString('base64');
      expect(decodeBase64Body(encoded)?.toString('latin1')).to.equal(text);
    });
  }

  const invalid: [string, string][] = [
    ['bad length', 'abc'],
    ['no padding', 'YQ'],
    ['URL-safe letters (- and _)', '-_8='],
    ['a space inside', 'YW JYWJj'],
    ['a newline inside', 'YWJ\nYWJ'],
    ['padding in the middle', 'YQ==YQ=='],
    ['three pads', 'Y==='],
    ['non-canonical padding bits (Go never writes them)', 'YR=='],
    ['characters outside the alphabet', '!!!!'],
  ];
  for (const [name, encoded] of invalid) {
    it(`refuses ${name}`, () => {
      expect(decodeBase64Body(encoded)).to.equal(undefined);
    });
  }
});
