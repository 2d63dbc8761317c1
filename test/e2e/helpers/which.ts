/** Finds an executable the way the suite's binaries are found. */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Finds a binary: an explicit path from env, else PATH, else the usual places. */
export function which(name: string, envVar?: string, extra: readonly string[] = []): string | undefined {
  const explicit = envVar === undefined ? undefined : process.env[envVar];
  if (explicit !== undefined && explicit !== '') return isExecutable(explicit) ? explicit : undefined;
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];
  for (const d of [...dirs.filter((x) => x !== '').map((x) => join(x, name)), ...extra]) {
    if (isExecutable(d)) return d;
  }
  return undefined;
}

