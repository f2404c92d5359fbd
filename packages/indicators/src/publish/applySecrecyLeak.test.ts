import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { computeIndicators } from '../compute/computeIndicators.js';
import type { SecrecyCells } from '../secrecy/secrecyCells.js';
import { createTestWarehouse, insertActs, L5 } from '../testing/createTestWarehouse.js';

const leak = { inject: false };

// A faulty masking: once asked, it forgets its first secondary mask, as a bug would.
vi.mock('../secrecy/maskCells.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../secrecy/maskCells.js')>();
  return {
    ...original,
    maskCells: (cells: SecrecyCells) => {
      const result = original.maskCells(cells);
      const first = result.reason.indexOf('secondaire');
      if (leak.inject && first >= 0) result.masked[first] = false;
      return result;
    },
  };
});

describe('publish refuses a publication that leaks', () => {
  let wh: Warehouse;
  let dir: string;
  let publishIndicators: typeof import('./publishIndicators.js').publishIndicators;
  // The indicators' tests share their modules (isolate: false): the publication is imported anew,
  // after the mock above, so that it masks with the faulty maskCells whatever file ran before.
  beforeAll(async () => {
    vi.resetModules();
    ({ publishIndicators } = await import('./publishIndicators.js'));
  });
  beforeEach(async () => {
    wh = await createTestWarehouse();
    dir = mkdtempSync(join(tmpdir(), 'vigie-secret-'));
  });
  afterEach(() => {
    leak.inject = false;
    wh.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('names the recoverable cell and the published cells that give it away; the previous publication stays', async () => {
    // Z4, alone in its département and its région: 20 acts in S36, 5 in S37
    await insertActs(wh, { date: '2025-09-02', lieu: L5 }, 20);
    await insertActs(wh, { date: '2025-09-09', lieu: L5 }, 5);
    await computeIndicators(wh, { runId: 'run-1', asOf: '2025-09-14' });
    const publication = join(dir, 'publication');
    await publishIndicators(wh, { runId: 'run-1', publicationDir: publication, demo: true, today: '2025-09-14' });
    writeFileSync(join(publication, 'marque.txt'), 'précédente');
    leak.inject = true;
    const failure = publishIndicators(wh, { runId: 'run-1', publicationDir: publication, demo: true, today: '2025-09-14' });
    await expect(failure).rejects.toThrow(/Publication refusée : secret statistique/);
    await expect(failure).rejects.toThrow(/- actes, [^:]+ : déductible de actes, /);
    await expect(failure).rejects.toThrow(/La publication précédente reste en place/);
    expect(readFileSync(join(publication, 'marque.txt'), 'utf8')).toBe('précédente');
  });
});
