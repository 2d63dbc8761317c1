/**
 * Every disagreement with Go that the differential tests found, as a fixed case: the body and
 * what Go's encoding/json makes of it (recorded from test/differential/go). The cases run
 * without Go too (regressions.test.ts checks dockgate against the recorded answer); with Go,
 * decoder.test.ts also checks dockgate against Go on each of them.
 */
import type { BodyKind } from './helpers/go-harness.js';

export interface GoRegression {
  readonly name: string;
  /** What was wrong before the fix (docs/dev/differential.md lists them too). */
  readonly finding: string;
  readonly kind: BodyKind;
  readonly body: string | Buffer;
  /** Go's answer: an error, or values at dotted paths of the decoded value. */
  readonly expect:
    | { readonly syntaxError: true }
    | { readonly typeError: true }
    | { readonly values: Readonly<Record<string, unknown>>; readonly ambiguities?: readonly string[] };
}

const bytes = (...parts: (string | number[])[]): Buffer => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

export const GO_REGRESSIONS: readonly GoRegression[] = [
  {
    name: 'int-negative-zero',
    finding: 'an integer field given -0 decoded to JavaScript -0; Go stores 0',
    kind: 'update',
    body: '{"Memory":-0,"RestartPolicy":{"MaximumRetryCount":-0}}',
    expect: { values: { Memory: 0, 'RestartPolicy.MaximumRetryCount': 0 } },
  },
  {
    name: 'utf8-truncated-sequence',
    finding: 'invalid UTF-8 in a string became one U+FFFD per WHATWG "maximal subpart"; Go writes one U+FFFD per bad byte',
    kind: 'exec',
    body: bytes('{"User":"', [0xf0, 0x9f, 0x98, 0xff], '","WorkingDir":"', [0xe2, 0x82], 'A"}'),
    expect: { values: { User: '\ufffd\ufffd\ufffd\ufffd', WorkingDir: '\ufffd\ufffdA' } },
  },
  {
    name: 'utf8-invalid-in-map-key',
    finding: 'same, in a map key (two keys that only differ in invalid bytes stay apart in Go)',
    kind: 'create',
    body: bytes('{"Labels":{"a', [0xe2, 0x82], '":"1","a', [0xe2], '":"2"}}'),
    expect: { values: { 'Config.Labels': new Map([['a\ufffd\ufffd', '1'], ['a\ufffd', '2']]) } },
  },
  {
    name: 'utf8-surrogate-bytes',
    finding: 'UTF-8-encoded surrogates (ED A0 80) are three bad bytes in Go',
    kind: 'create',
    body: bytes('{"HostConfig":{"NetworkMode":"', [0xed, 0xa0, 0x80], 'host"}}'),
    expect: { values: { 'HostConfig.NetworkMode': '\ufffd\ufffd\ufffdhost' } },
  },
  {
    name: 'float32-rounding',
    finding: 'float32 fields (swarm UpdateConfig.MaxFailureRatio) were read as float64: Go rounds 5e-324 to 0 and 0.001 to single precision',
    kind: 'floats',
    body: '{"F32":0.001,"F64":5e-324}',
    expect: { values: { F32: Math.fround(0.001), F64: 5e-324 } },
  },
  {
    name: 'float32-overflow',
    finding: 'Go refuses a float32 above 3.4028235e38 (ParseFloat(s, 32) is out of range)',
    kind: 'floats',
    body: '{"F32":3.5e38}',
    expect: { typeError: true },
  },
  {
    name: 'float64-overflow',
    finding: 'a float64 literal out of range (1e400) decoded to Infinity; Go refuses it',
    kind: 'floats',
    body: '{"F64":1e400}',
    expect: { typeError: true },
  },
  {
    name: 'float64-underflow',
    finding: '(not a difference) an underflowing literal is 0 in both',
    kind: 'floats',
    body: '{"F64":1e-400,"F32":1e-50}',
    expect: { values: { F64: 0, F32: 0 } },
  },
  {
    name: 'slice-stale-slot',
    finding: 'an element past the length of a repeated array was called ambiguous ("depends on the daemon build"); Go always decodes into the slot an earlier, longer array wrote',
    kind: 'create',
    body: '{"HostConfig":{"Binds":["a:/a","/etc:/e"]},"HostConfig":{"Binds":["b:/b"]},"HostConfig":{"Binds":["c:/c",null]}}',
    expect: { values: { 'HostConfig.Binds': ['c:/c', '/etc:/e'] }, ambiguities: [] },
  },
  {
    name: 'slice-stale-struct',
    finding: 'same for a slice of structs: `{}` merges into the stale element, so a hidden bind mount of / survives',
    kind: 'create',
    body: '{"HostConfig":{"Mounts":[{"Type":"volume","Source":"v","Target":"/a"},{"Type":"bind","Source":"/","Target":"/host"}],"Mounts":[{"Target":"/b"}],"Mounts":[{"Target":"/c"},{}]}}',
    expect: { values: { 'HostConfig.Mounts.1.Type': 'bind', 'HostConfig.Mounts.1.Source': '/', 'HostConfig.Mounts.0.Type': 'volume', 'HostConfig.Mounts.0.Target': '/c' }, ambiguities: [] },
  },
  {
    name: 'slice-stale-after-growth',
    finding: 'stale slots survive when a later, even longer array makes Go grow the backing array',
    kind: 'exec',
    body: '{"Env":["A=1","B=2","C=3","D=4","E=5"],"Env":["x"],"Env":["y",null,null,null,null,null,null,"H=8"]}',
    expect: { values: { Env: ['y', 'B=2', 'C=3', 'D=4', 'E=5', '', '', 'H=8'] } },
  },
  {
    name: 'slice-empty-array-resets',
    finding: '(not a difference) an empty array gives Go a fresh slice: nothing stale survives it',
    kind: 'exec',
    body: '{"Env":["A=1","B=2"],"Env":[],"Env":[null,null]}',
    expect: { values: { Env: ['', ''] } },
  },
  {
    name: 'strslice-null-same-both-ways',
    finding: 'a null in a repeated StrSlice key was called ambiguous even where daemons <= 28 and 29+ read the same',
    kind: 'create',
    body: '{"Image":"x","Cmd":["true"],"Cmd":["",null]}',
    expect: { values: { 'Config.Cmd': ['', ''] }, ambiguities: [] },
  },
  {
    name: 'strslice-null-resolved-later',
    finding: 'same, when a later key replaces the ambiguous value',
    kind: 'create',
    body: '{"HostConfig":{"CapAdd":["SYS_ADMIN"],"CapAdd":[null],"CapAdd":["CHOWN"]}}',
    expect: { values: { 'HostConfig.CapAdd': ['CHOWN'] }, ambiguities: [] },
  },
  {
    name: 'strslice-29-rejects',
    finding: 'same, when the body has a single string for a StrSlice field: 29+ daemons refuse the body, so only the <= 28 reading matters',
    kind: 'create',
    body: '{"HostConfig":{"CapAdd":["SYS_ADMIN"],"CapAdd":[null],"CapDrop":"ALL"}}',
    expect: { values: { 'HostConfig.CapAdd': [''], 'HostConfig.CapDrop': ['ALL'] }, ambiguities: [] },
  },
  {
    name: 'strslice-null-differs',
    finding: '(kept) a null where an earlier array had a value: <= 28 reads "", 29+ keeps SYS_ADMIN: ambiguous, denied',
    kind: 'create',
    body: '{"HostConfig":{"CapAdd":["SYS_ADMIN"],"CapAdd":[null]}}',
    expect: { values: { 'HostConfig.CapAdd': [''] }, ambiguities: ['HostConfig.CapAdd[0]'] },
  },
  {
    name: 'strslice-stale-slot-differs',
    finding: '(kept) the same through a stale slot: 29+ reads SYS_ADMIN from the first array',
    kind: 'create',
    body: '{"HostConfig":{"CapAdd":["CHOWN","SYS_ADMIN"],"CapAdd":["CHOWN"],"CapAdd":["CHOWN",null]}}',
    expect: { values: { 'HostConfig.CapAdd': ['CHOWN', ''] }, ambiguities: ['HostConfig.CapAdd[1]'] },
  },
];
