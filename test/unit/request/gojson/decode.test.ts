/**
 * One test per Go encoding/json semantic the daemon relies on. Each shows bytes that the
 * daemon reads as dangerous being read the same way here (where JSON.parse would not).
 */
import { expect } from 'chai';
import { decodeGoJSON, foldFieldName, GO_MAX_DEPTH, zeroValue } from '../../../../src/request/gojson/decode.js';
import { ContainerCreateBody, ContainerExecBody, HostConfig, type ContainerCreateValue, type ContainerExecValue, type HostConfigValue } from '../../../../src/request/docker-types.js';

function create(body: string) {
  return decodeGoJSON<ContainerCreateValue>(body, ContainerCreateBody);
}
function hc(body: string) {
  const r = create(body);
  expect(r.syntaxError, JSON.stringify(r.syntaxError)).to.equal(undefined);
  expect(r.value?.HostConfig, 'HostConfig decoded').to.not.equal(null);
  return r.value!.HostConfig!;
}

describe('Go encoding/json decoding', () => {
  describe('key matching', () => {
    const table: [string, string][] = [
      ['exact', '{"HostConfig":{"Privileged":true}}'],
      ['lower case', '{"hostconfig":{"privileged":true}}'],
      ['upper case', '{"HOSTCONFIG":{"PRIVILEGED":true}}'],
      ['long s (U+017F) folds to s', '{"Ho\u017Ftconfig":{"Privileged":true}}'],
      ['\\u escape in key', '{"\\u0048ostConfig":{"\\u0050rivileged":true}}'],
      ['escaped long s', '{"Ho\\u017ftConfig":{"Privileged":true}}'],
    ];
    for (const [name, body] of table) {
      it(`binds a ${name} key to the field`, () => {
        expect(hc(body).Privileged).to.equal(true);
      });
    }
    it('folds the Kelvin sign (U+212A) to k', () => {
      const r = decodeGoJSON<ContainerExecValue>('{"Privileged":true,"\u212Aey":1,"Detach\u212Aeys":"x"}', ContainerExecBody);
      expect(r.value?.DetachKeys).to.equal('x');
    });
    it('does not fold dotless i or other look-alikes', () => {
      expect(hc('{"HostConfig":{"Pr\u0131vileged":true}}').Privileged).to.equal(false);
      expect(foldFieldName('Pr\u0130vileged')).to.equal(undefined);
    });
    it('prefers the exact-case field and applies case variants in document order', () => {
      expect(hc('{"HostConfig":{"Privileged":true,"privileged":false}}').Privileged).to.equal(false);
      expect(hc('{"HostConfig":{"privileged":false,"Privileged":true}}').Privileged).to.equal(true);
    });
    it('ignores unknown keys', () => {
      expect(hc('{"HostConfig":{"Privileged":true,"NotAField":{"deep":[1,2,{"x":null}]}}}').Privileged).to.equal(true);
    });
  });

  describe('duplicate keys', () => {
    it('scalars: last one wins', () => {
      expect(hc('{"HostConfig":{"NetworkMode":"none","NetworkMode":"host"}}').NetworkMode).to.equal('host');
    });
    it('objects decoded into structs merge', () => {
      const h = hc('{"HostConfig":{"Privileged":true},"HostConfig":{"Memory":1024}}');
      expect(h.Privileged).to.equal(true);
      expect(h.Memory).to.equal(1024);
    });
    it('maps merge, and a repeated map key replaces', () => {
      const h = hc('{"HostConfig":{"Sysctls":{"a":"1","b":"2"}},"HostConfig":{"Sysctls":{"b":"3"}}}');
      expect([...h.Sysctls!]).to.deep.equal([['a', '1'], ['b', '3']]);
    });
    it('arrays replace', () => {
      expect(hc('{"HostConfig":{"SecurityOpt":["seccomp=unconfined"]},"HostConfig":{"SecurityOpt":[]}}').SecurityOpt).to.deep.equal([]);
    });
    it('a later array merges into the elements of an earlier one (Go reuses the slice)', () => {
      const h = hc('{"HostConfig":{"Mounts":[{"Type":"bind","Source":"/etc","Target":"/x"}]},"HostConfig":{"Mounts":[{"Target":"/y"}]}}');
      expect(h.Mounts?.[0]).to.include({ Type: 'bind', Source: '/etc', Target: '/y' });
    });
    it('a null element keeps the element already in the slice', () => {
      expect(hc('{"HostConfig":{"Binds":["/:/host"]},"HostConfig":{"Binds":[null]}}').Binds).to.deep.equal(['/:/host']);
    });
    it('decodes into slots an earlier, longer array left past the length (Go never clears them)', () => {
      // Checked against Go's encoding/json by test/differential (regression "slice-stale-slot").
      const r = create('{"HostConfig":{"Binds":["a:/a","/etc:/e"]},"HostConfig":{"Binds":["b:/b"]},"HostConfig":{"Binds":["c:/c",null]}}');
      expect(r.ambiguities).to.deep.equal([]);
      expect(r.value?.HostConfig?.Binds).to.deep.equal(['c:/c', '/etc:/e']);
    });
    it('marks a null in a repeated strslice key as ambiguous (StrSlice up to 28.x, []string after)', () => {
      const r = create('{"HostConfig":{"CapAdd":["SYS_ADMIN"],"CapAdd":[null]}}');
      expect(r.ambiguities.map((a) => a.path)).to.deep.equal(['HostConfig.CapAdd[0]']);
      expect(create('{"HostConfig":{"CapAdd":[null]}}').ambiguities).to.deep.equal([]);
    });
    it('strslice fields are replaced whole', () => {
      expect(hc('{"HostConfig":{"CapAdd":["SYS_ADMIN","NET_ADMIN"]},"HostConfig":{"CapAdd":["CHOWN"]}}').CapAdd).to.deep.equal(['CHOWN']);
    });
  });

  describe('null', () => {
    it('leaves a bool, number or string as it was', () => {
      const h = hc('{"HostConfig":{"Privileged":true,"Memory":5,"NetworkMode":"host"},"HostConfig":{"Privileged":null,"Memory":null,"NetworkMode":null}}');
      expect(h).to.include({ Privileged: true, Memory: 5, NetworkMode: 'host' });
    });
    it('resets a pointer, slice, map or strslice', () => {
      const h = hc('{"HostConfig":{"PidsLimit":100,"Binds":["a:/a"],"Sysctls":{"a":"b"},"CapAdd":["X"]},"HostConfig":{"PidsLimit":null,"Binds":null,"Sysctls":null,"CapAdd":null}}');
      expect(h).to.include({ PidsLimit: null, Binds: null, Sysctls: null, CapAdd: null });
    });
    it('resets a struct pointer (HostConfig: null drops an earlier HostConfig)', () => {
      const r = create('{"HostConfig":{"Memory":1},"HostConfig":null,"Privileged":true}');
      expect(r.value?.HostConfig).to.equal(null);
      expect(r.value?.LegacyHostConfig?.Privileged).to.equal(true);
    });
    it('leaves a non-pointer struct as it was', () => {
      expect(hc('{"HostConfig":{"RestartPolicy":{"Name":"always"}},"HostConfig":{"RestartPolicy":null}}').RestartPolicy.Name).to.equal('always');
    });
  });

  describe('types', () => {
    it('accepts a single string where docker takes a string or an array (strslice)', () => {
      expect(hc('{"HostConfig":{"CapAdd":"SYS_ADMIN"}}').CapAdd).to.deep.equal(['SYS_ADMIN']);
    });
    it('rejects non-integer literals for integer fields, and strings for booleans', () => {
      expect(create('{"HostConfig":{"Memory":1e9}}').typeError?.path).to.equal('HostConfig.Memory');
      expect(create('{"HostConfig":{"Memory":1.0}}').typeError?.path).to.equal('HostConfig.Memory');
      expect(create('{"HostConfig":{"Privileged":"true"}}').typeError?.path).to.equal('HostConfig.Privileged');
      expect(create('{"HostConfig":{"BlkioWeight":-1}}').typeError?.path).to.equal('HostConfig.BlkioWeight');
      expect(create('{"HostConfig":{"Memory":9223372036854775808}}').typeError?.path).to.equal('HostConfig.Memory');
    });
    it('checks integer bounds exactly, short and long literals alike', () => {
      const table: [string, boolean][] = [
        ['"BlkioWeight":65535', true], ['"BlkioWeight":65536', false], ['"BlkioWeight":0', true],
        ['"OomScoreAdj":9223372036854775807', true], ['"OomScoreAdj":-9223372036854775808', true], ['"OomScoreAdj":9223372036854775808', false],
        ['"Memory":999999999999999', true], ['"Memory":-999999999999999', true], ['"Memory":1000000000000000', true],
        ['"Memory":-9223372036854775809', false], ['"IOMaximumIOps":18446744073709551615', true], ['"IOMaximumIOps":18446744073709551616', false],
      ];
      for (const [field, ok] of table) {
        expect(create(`{"HostConfig":{${field}}}`).typeError === undefined, field).to.equal(ok);
      }
    });
    it('keeps decoding after a type error, like Go', () => {
      const r = create('{"HostConfig":{"Memory":"1g","Privileged":true}}');
      expect(r.typeError).to.not.equal(undefined);
      expect(r.value?.HostConfig?.Privileged).to.equal(true);
    });
    it('decodes top-level HostConfig fields into the embedded (legacy) HostConfig', () => {
      const r = create('{"Image":"x","Privileged":true,"NetworkMode":"host"}');
      expect(r.value?.HostConfig).to.equal(null);
      expect(r.value?.LegacyHostConfig).to.include({ Privileged: true, NetworkMode: 'host' });
      expect(r.value?.Config?.Image).to.equal('x');
    });
  });

  describe('syntax and limits', () => {
    const bad = ['', '{', '{"a":}', '{"a":1,}', '{"a":01}', "{'a':1}", '{"a":"\u0001"}', '{"a":"\\x"}', '{"Image":"x"} trailing', '\ufeff{}', '{"a":tru}', '[1,]'];
    for (const body of bad) {
      it(`rejects ${JSON.stringify(body)}`, () => {
        expect(create(body).syntaxError).to.not.equal(undefined);
      });
    }
    it('accepts whitespace around the value', () => {
      expect(create(' \n\t{"Image":"x"}\r\n ').value?.Config?.Image).to.equal('x');
    });
    it('decodes a lone surrogate escape as U+FFFD', () => {
      expect(create('{"Image":"\\ud800x"}').value?.Config?.Image).to.equal('\ufffdx');
    });
    it(`refuses nesting deeper than Go's ${GO_MAX_DEPTH} without exhausting the stack`, () => {
      const deep = `{"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
      expect(create(deep).syntaxError?.message).to.match(/max depth/);
      const ok = `{"x":${'['.repeat(9000)}${']'.repeat(9000)},"HostConfig":{"Privileged":true}}`;
      expect(create(ok).value?.HostConfig?.Privileged).to.equal(true);
    });
    it('treats __proto__ and constructor as plain data', () => {
      const r = create('{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}},"HostConfig":{"Sysctls":{"__proto__":"1"},"Labels":{}}}');
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect([...(r.value?.HostConfig?.Sysctls ?? [])]).to.deep.equal([['__proto__', '1']]);
    });
    it('handles a body with very many keys', () => {
      const keys = Array.from({ length: 50_000 }, (_, i) => `"k${i}":${i}`).join(',');
      expect(create(`{${keys},"Image":"x"}`).value?.Config?.Image).to.equal('x');
    });
  });

  describe('paths in messages (built only when a message needs one)', () => {
    const table: [string, 'syntaxError' | 'typeError', string, string][] = [
      ['{"Labels":{"a\\"b":1}}', 'typeError', 'Labels["a\\"b"]', 'cannot unmarshal number into Go value of type string'],
      ['{"HostConfig":{"PortBindings":{"80/tcp":[{"HostIp":"x"},{"HostPort":1}]}}}', 'typeError', 'HostConfig.PortBindings["80/tcp"][1].HostPort', 'cannot unmarshal number into Go value of type string'],
      ['{"NetworkingConfig":{"EndpointsConfig":{"n\\u00e9t":{"IPAMConfig":{"IPv4Address":false}}}}}', 'typeError', 'NetworkingConfig.EndpointsConfig["n\u00e9t"].IPAMConfig.IPv4Address', 'cannot unmarshal bool into Go value of type string'],
      ['{"HostConfig":{"CapAdd":["A",1]}}', 'typeError', 'HostConfig.CapAdd', 'cannot unmarshal array into Go value of type string'],
      ['{"hostconfig":{"ulimits":[{"Name":"nofile","hard":"1"}]}}', 'typeError', 'HostConfig.Ulimits[0].Hard', 'cannot unmarshal string into Go value of type int64'],
      ['{"Volumes":{"/data":{"x":[1,}}}', 'syntaxError', 'Volumes["/data"].x', "invalid character '}' looking for beginning of value at offset 28"],
      ['{"HostConfig":{"LogConfig":{"Config":{"k":"\u0001"}}}}', 'syntaxError', 'HostConfig.LogConfig.Config["k"]', 'invalid control character in string literal at offset 43'],
      ['{"Unknown":{"deep":[{"x":tru}]}}', 'syntaxError', 'Unknown', "invalid character 't' looking for a value at offset 25"],
      [`{"HostConfig":{"Binds":["ok","${'x'.repeat(100)}\\q"]}}`, 'syntaxError', 'HostConfig.Binds[1]', 'invalid character in string escape code at offset 130'],
      [`{"Labels":{"${'k'.repeat(80)}":"${'v'.repeat(80)}`, 'syntaxError', `Labels["${'k'.repeat(80)}"]`, 'unexpected end of JSON input in string at offset 175'],
    ];
    for (const [body, kind, path, message] of table) {
      it(`${kind} at ${path.length > 60 ? `${path.slice(0, 60)}...` : path}`, () => {
        expect(create(body)[kind]).to.deep.equal({ path, message });
      });
    }
    it('names each ambiguous element', () => {
      const r = create('{"HostConfig":{"CapAdd":["X"],"CapAdd":[null]},"Cmd":["a"],"Cmd":[null,"b"]}');
      expect(r.ambiguities.map((a) => a.path)).to.deep.equal(['HostConfig.CapAdd[0]', 'Cmd[0]']);
    });
  });

  describe('strings', () => {
    it('reads long strings, with escapes and invalid UTF-8 before and after the first 64 characters', () => {
      for (const at of [0, 63, 64, 65, 200]) {
        const plain = 'a'.repeat(at);
        expect(create(`{"Image":"${plain}\\n\\u00e9${'b'.repeat(100)}"}`).value?.Config?.Image).to.equal(`${plain}\n\u00e9${'b'.repeat(100)}`);
        const bytes = Buffer.concat([Buffer.from(`{"Image":"${plain}`), Buffer.from([0xe2, 0x82, 0x41, 0xff]), Buffer.from(`${'c'.repeat(100)}"}`)]);
        expect(decodeGoJSON<ContainerCreateValue>(bytes, ContainerCreateBody).value?.Config?.Image).to.equal(`${plain}\ufffd\ufffdA\ufffd${'c'.repeat(100)}`);
        expect(create(`{"Image":"${plain}\u001f${'d'.repeat(100)}"}`).syntaxError?.message).to.equal(`invalid control character in string literal at offset ${10 + at}`);
      }
    });
    it('reads a body that is a view into a larger buffer', () => {
      const whole = Buffer.from('xx{"Image":"y"}xx');
      expect(decodeGoJSON<ContainerCreateValue>(whole.subarray(2, whole.length - 2), ContainerCreateBody).value?.Config?.Image).to.equal('y');
    });
  });

  describe('zero values', () => {
    it('are fresh objects each time, nested structs included', () => {
      const a = zeroValue(HostConfig) as HostConfigValue;
      a.Privileged = true;
      a.RestartPolicy.Name = 'always';
      const b = zeroValue(HostConfig) as HostConfigValue;
      expect([b.Privileged, b.RestartPolicy.Name, b.Binds]).to.deep.equal([false, '', null]);
      expect(b.RestartPolicy).to.not.equal(a.RestartPolicy);
    });
    it('list fields in declaration order, embedded holders last', () => {
      expect(Object.keys(zeroValue(ContainerCreateBody) as object)).to.deep.equal([...Object.keys(ContainerCreateBody.fields), ...Object.keys(ContainerCreateBody.embedded)]);
    });
  });

  describe('field order', () => {
    it('binds fields whatever their order and case, not only in declaration order', () => {
      const h = hc('{"HostConfig":{"Privileged":true,"Binds":["/a:/a"],"privileged":false,"Memory":1,"binds":["/b:/b"],"PRIVILEGED":true}}');
      expect([h.Privileged, h.Binds, h.Memory]).to.deep.equal([true, ['/b:/b'], 1]);
    });
  });
});
