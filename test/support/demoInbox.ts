import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { writeDemoInbox, type DemoSummary } from '@vigie/etl';

/**
 * A demo inbox for a test, as writeDemoInbox writes it: the demo is deterministic (seeded), so
 * each (scale, until) is generated once per e2e session, in the folder the global setup provides,
 * and each test gets its own copy (a test never sees another's files or changes).
 */
export async function demoInbox(options: { out: string; scale: number; until: string }): Promise<DemoSummary> {
  const cache = inject('demoCache') as string | undefined;
  if (!cache) return writeDemoInbox(options);
  const entry = join(cache, `${options.scale}_${options.until}`);
  if (!existsSync(join(entry, 'summary.json'))) {
    // Written aside, then renamed in one step: a test file running in another worker at the same
    // time sees the whole entry or none of it (the second to finish drops its own).
    const pending = mkdtempSync(`${entry}.tmp-`);
    const summary = await writeDemoInbox({ out: join(pending, 'inbox'), scale: options.scale, until: options.until });
    writeFileSync(join(pending, 'summary.json'), JSON.stringify(summary));
    try {
      renameSync(pending, entry);
    } catch {
      rmSync(pending, { recursive: true, force: true });
    }
  }
  mkdirSync(options.out, { recursive: true });
  cpSync(join(entry, 'inbox'), options.out, { recursive: true });
  const summary = JSON.parse(readFileSync(join(entry, 'summary.json'), 'utf8')) as DemoSummary;
  return { ...summary, out: options.out };
}
