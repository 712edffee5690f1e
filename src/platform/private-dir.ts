import { chmodSync, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const GROUP_AND_OTHERS = 0o077;

/**
 * Creates `dir` (and its parents) if missing, and makes it 0700: only the service user may enter.
 * Returns whether an existing directory was open to others.
 */
export function ensurePrivateDir(dir: string): boolean {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const open = (lstatSync(dir).mode & GROUP_AND_OTHERS) !== 0;
  if (open) chmodSync(dir, 0o700);
  return open;
}

/**
 * Takes group and others' permissions off everything under `dir` (left by an older version, or
 * copied in); returns how many entries had them. Symbolic links are left alone.
 */
export function tightenTree(dir: string): number {
  let tightened = 0;
  const visit = (path: string) => {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) return;
    if ((stat.mode & GROUP_AND_OTHERS) !== 0) {
      chmodSync(path, stat.mode & 0o700);
      tightened += 1;
    }
    if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
  };
  visit(dir);
  return tightened;
}

/**
 * Files and directories this process creates from now on are private to the service user.
 * PGlite's own file system applies its built-in umask (022) to the files it creates while it runs:
 * those stay inside 0700 directories, and tightenTree at the next start takes their bits off.
 */
export function createFilesPrivately(): void {
  process.umask(GROUP_AND_OTHERS);
}
