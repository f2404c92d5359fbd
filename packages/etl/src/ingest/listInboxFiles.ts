import { existsSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Every file under the inbox, as paths relative to it with `/` separators, sorted. Hidden
 * entries (`.…`) and office lock files (`~$…`) are skipped.
 */
export async function listInboxFiles(inbox: string): Promise<string[]> {
  if (!existsSync(inbox) || !statSync(inbox).isDirectory()) {
    throw new Error(`Dossier de dépôt introuvable : ${inbox}. Créez-le (ou passez --inbox) et déposez-y les extraits.`);
  }
  const out: string[] = [];
  async function walk(dir: string, prefix: string): Promise<void> {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name.startsWith('~$')) continue;
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(join(dir, entry.name), rel);
      else if (entry.isFile()) out.push(rel);
    }
  }
  await walk(inbox, '');
  return out.sort();
}
