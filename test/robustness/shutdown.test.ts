/**
 * Graceful shutdown under load: SIGTERM reaches `dockgate serve` while 64 requests are half
 * sent. The plugin stops accepting, answers every one of them correctly, removes its socket
 * and exits 0.
 */
import { expect } from 'chai';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiRequest, defaultPolicy, expectedAllow, rawConnection, sleep, startServe, until, type ServeProcess } from './helpers/harness.js';

describe('robustness: graceful shutdown during load', function () {
  this.timeout(60_000);
  let dir: string;
  let proc: ServeProcess | undefined;
  after(async () => {
    if (proc && proc.child.exitCode === null) {
      proc.child.kill('SIGKILL');
      await proc.exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers the requests in flight when SIGTERM arrives, then exits 0 and removes its socket', async () => {
    dir = mkdtempSync(join(tmpdir(), 'dockgate-stop-'));
    const socket = join(dir, 'dg.sock');
    proc = startServe(['--socket', socket]);
    const p = proc;
    await until(() => p.output().includes('"event":"listening"'), 15_000, 'the plugin to listen');

    // 64 requests with 512 KiB bodies, alternately privileged and compliant.
    const policy = defaultPolicy();
    const envs = Array.from({ length: 64 }, (_, i) => apiRequest('POST', '/v1.41/containers/create', { Image: 'busybox:1.36', Labels: { pad: 'p'.repeat(512 * 1024) }, HostConfig: { Memory: 67108864, NetworkMode: 'none', Privileged: i % 2 === 0 } }));
    const bodies = envs.map((e) => Buffer.from(JSON.stringify(e)));
    const conns = await Promise.all(bodies.map(() => rawConnection(socket)));
    // Headers and the first half of each body; the plugin is now reading all 64.
    conns.forEach(({ conn }, i) => {
      const body = bodies[i]!;
      conn.write(`POST /AuthZPlugin.AuthZReq HTTP/1.1\r\nHost: plugin\r\nContent-Length: ${body.length}\r\n\r\n`);
      conn.write(body.subarray(0, body.length / 2));
    });
    await sleep(300);
    p.child.kill('SIGTERM');
    await until(() => p.output().includes('"event":"shutdown"'), 5000, 'the plugin to start shutting down');
    // The rest of each body, after SIGTERM.
    conns.forEach(({ conn }, i) => {
      const body = bodies[i]!;
      conn.write(body.subarray(body.length / 2));
    });
    // Each answer arrives in full; the client then hangs up, as dockerd would on its side.
    const complete = (text: string): boolean => {
      const end = text.indexOf('\r\n\r\n');
      const length = /content-length: (\d+)/i.exec(text);
      return end >= 0 && length !== null && text.length >= end + 4 + Number(length[1]);
    };
    await until(() => conns.every(({ received }) => complete(received())), 10_000, 'every in-flight request to be answered');
    const answered = Date.now();
    for (const { conn } of conns) conn.destroy();
    expect(await p.exited).to.equal(0);
    expect(Date.now() - answered, 'exit after the last answer').to.be.below(3000);
    conns.forEach(({ received }, i) => {
      const text = received();
      expect(text, `request ${i}`).to.match(/^HTTP\/1\.1 200 /);
      const json = JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4)) as { Allow: boolean };
      expect(json.Allow, `request ${i}`).to.equal(expectedAllow(envs[i]!, policy));
    });
    expect(existsSync(socket)).to.equal(false);
  });
});
