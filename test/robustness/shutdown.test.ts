/**
 * Graceful shutdown under load: SIGTERM reaches `dockgate serve` while 64 requests are half
 * sent. The plugin stops accepting, answers every one of them correctly, removes its socket
 * and exits 0, having stopped because every connection ended (not because its grace ran out).
 *
 * No sleep and no clock: each step waits for what the plugin does. Each request carries
 * `Expect: 100-continue`, so the plugin's HTTP server answers `100 Continue` the moment it has
 * taken the request in (parsed its headers and handed it to the app, which then reads the body):
 * SIGTERM is sent once all 64 have had theirs, i.e. when all 64 are in flight, however loaded the
 * machine is. The `stopped` log line says whether shutdown ended by itself or by the grace timer.
 */
import { expect } from 'chai';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiRequest, defaultPolicy, expectedAllow, rawConnection, startServe, until, type ServeProcess } from './helpers/harness.js';

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
    // Headers and the first half of each body; once each has had its 100 Continue, the plugin is
    // reading all 64.
    const CONTINUE = 'HTTP/1.1 100 Continue\r\n\r\n';
    conns.forEach(({ conn }, i) => {
      const body = bodies[i]!;
      conn.write(`POST /AuthZPlugin.AuthZReq HTTP/1.1\r\nHost: plugin\r\nContent-Length: ${body.length}\r\nExpect: 100-continue\r\n\r\n`);
      conn.write(body.subarray(0, body.length / 2));
    });
    await until(() => conns.every(({ received }) => received().startsWith(CONTINUE)), 30_000, 'the plugin to take in all 64 requests');
    p.child.kill('SIGTERM');
    await until(() => p.output().includes('"event":"shutdown"'), 30_000, 'the plugin to start shutting down');
    // The rest of each body, after SIGTERM.
    conns.forEach(({ conn }, i) => {
      const body = bodies[i]!;
      conn.write(body.subarray(body.length / 2));
    });
    // Each answer arrives in full; the client then hangs up, as dockerd would on its side.
    const answer = (text: string): string => text.slice(CONTINUE.length);
    const complete = (text: string): boolean => {
      const end = text.indexOf('\r\n\r\n');
      const length = /content-length: (\d+)/i.exec(text);
      return end >= 0 && length !== null && text.length >= end + 4 + Number(length[1]);
    };
    await until(() => conns.every(({ received }) => complete(answer(received()))), 30_000, 'every in-flight request to be answered');
    for (const { conn } of conns) conn.destroy();
    expect(await p.exited).to.equal(0);
    // The last connection's end, not the grace timer, let the server close.
    const stopped = p.output().split('\n').find((l) => l.includes('"event":"stopped"'));
    expect(stopped, 'the stopped log line').to.not.equal(undefined);
    expect(JSON.parse(stopped ?? '{}')).to.include({ event: 'stopped', graceful: true });
    conns.forEach(({ received }, i) => {
      const text = answer(received());
      expect(text, `request ${i}`).to.match(/^HTTP\/1\.1 200 /);
      const json = JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4)) as { Allow: boolean };
      expect(json.Allow, `request ${i}`).to.equal(expectedAllow(envs[i]!, policy));
    });
    expect(existsSync(socket)).to.equal(false);
  });
});
