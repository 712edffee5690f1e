import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/open-database.ts';

const roots: string[] = [];
const freshRoot = () => {
  const root = mkdtempSync(join(tmpdir(), 'hc-first-start-'));
  roots.push(root);
  return root;
};
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('the embedded database on its first start', () => {
  it('is created with its files private, keeps what is written, and leaves nothing beside it', async () => {
    const root = freshRoot();
    const dataDir = join(root, 'pglite');
    const first = await openDatabase({ kind: 'pglite', dataDir });
    await first.query("insert into workspaces (name, slug) values ('Kept Clinic', 'kept')");
    await first.close();
    expect(readdirSync(root)).toEqual(['pglite']);
    expect(statSync(join(dataDir, 'PG_VERSION')).mode & 0o077).toBe(0);

    const again = await openDatabase({ kind: 'pglite', dataDir });
    const { rows } = await again.query<{ name: string }>("select name from workspaces where slug = 'kept'");
    await again.close();
    expect(rows).toEqual([{ name: 'Kept Clinic' }]);
  }, 120_000);

  it('finishes what a first start cut short left, whatever it left', async () => {
    const root = freshRoot();
    mkdirSync(join(root, '.pglite.initdb', 'base'), { recursive: true });
    writeFileSync(join(root, '.pglite.initdb', 'PG_VERSION'), '17');
    const database = await openDatabase({ kind: 'pglite', dataDir: join(root, 'pglite') });
    const { rows } = await database.query<{ n: number }>('select count(*)::int as n from workspaces');
    await database.close();
    expect(rows).toEqual([{ n: 0 }]);
    expect(existsSync(join(root, '.pglite.initdb'))).toBe(false);
  }, 120_000);

  it('refuses a directory that holds files but no database, and leaves the files alone', async () => {
    const root = freshRoot();
    const dataDir = join(root, 'pglite');
    mkdirSync(dataDir);
    writeFileSync(join(dataDir, 'notes.txt'), 'not a database');
    await expect(openDatabase({ kind: 'pglite', dataDir })).rejects.toThrow(`${dataDir} holds files but no database; move them away and start again`);
    expect(readdirSync(dataDir)).toEqual(['notes.txt']);
  });
});
