/**
 * The built modules (dist/, or another build given by folder) that the in-process benches
 * (stages, rules, nesting) measure: loaded from that folder, so a bench times the build it is
 * pointed at, typed by the sources they are built from.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export type Dist = {
  envelope: typeof import('../src/request/envelope.js');
  decode: typeof import('../src/request/decode-request.js');
  engine: typeof import('../src/engine/engine.js');
  logger: typeof import('../src/audit/logger.js');
  policy: typeof import('../src/policy/load.js');
  resolve: typeof import('../src/host/resolve.js');
  root: typeof import('../src/host/root.js');
  registry: typeof import('../src/state/registry.js');
};

export async function loadDist(dir: string): Promise<Dist> {
  const url = (p: string): string => pathToFileURL(join(dir, p)).href;
  const [envelope, decode, engine, logger, policy, resolve, root, registry] = await Promise.all([
    import(url('request/envelope.js')) as Promise<Dist['envelope']>,
    import(url('request/decode-request.js')) as Promise<Dist['decode']>,
    import(url('engine/engine.js')) as Promise<Dist['engine']>,
    import(url('audit/logger.js')) as Promise<Dist['logger']>,
    import(url('policy/load.js')) as Promise<Dist['policy']>,
    import(url('host/resolve.js')) as Promise<Dist['resolve']>,
    import(url('host/root.js')) as Promise<Dist['root']>,
    import(url('state/registry.js')) as Promise<Dist['registry']>,
  ]);
  return { envelope, decode, engine, logger, policy, resolve, root, registry };
}
