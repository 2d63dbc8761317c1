/**
 * The floor: the smallest Node `http` server that does what any AuthZ plugin must do per
 * request (read the envelope, JSON.parse it, base64-decode and JSON.parse the request body)
 * and answers. It decides nothing (always Allow:true). dockgate's figures are read as a
 * ratio to this server's, measured side by side in the same run on the same machine.
 *
 *   node .bench/floor.mjs SOCKET
 */
import { createServer } from 'node:http';
import { unlinkSync } from 'node:fs';

const socket = process.argv[2];
if (socket === undefined) {
  process.stderr.write('usage: floor SOCKET\n');
  process.exit(2);
}

const ALLOW = Buffer.from('{"Allow":true,"Msg":""}');
const DENY = Buffer.from('{"Allow":false,"Msg":"floor: unreadable envelope"}');
const ACTIVATE = Buffer.from('{"Implements":["authz"]}');
let decided = 0;
/** Connections accepted: with the decisions, tells whether the daemon reuses its connections. */
let connections = 0;

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    let out = ALLOW;
    if (req.url === '/Plugin.Activate') {
      out = ACTIVATE;
    } else if (req.url === '/bench.count') {
      out = Buffer.from(JSON.stringify({ decided, connections }));
    } else {
      try {
        const env = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { RequestBody?: unknown };
        if (typeof env.RequestBody === 'string' && env.RequestBody !== '') {
          JSON.parse(Buffer.from(env.RequestBody, 'base64').toString('utf8'));
        }
      } catch {
        out = DENY;
      }
      decided++;
    }
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': out.length });
    res.end(out);
  });
});

try {
  unlinkSync(socket);
} catch {
  // no stale socket
}
server.on('connection', () => {
  connections++;
});
server.listen(socket);
const stop = (): void => {
  server.close();
  server.closeAllConnections();
  try {
    unlinkSync(socket);
  } catch {
    // gone
  }
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
