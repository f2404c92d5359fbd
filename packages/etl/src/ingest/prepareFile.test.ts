import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryWarehouse } from '../testing/memoryWarehouse.js';
import type { Warehouse } from '../warehouse/index.js';
import { prepareFile, type PrepareContext } from './prepareFile.js';

describe('prepareFile: a file that cannot be read at all', () => {
  let wh: Warehouse;
  let ctx: PrepareContext;
  beforeEach(async () => {
    wh = await memoryWarehouse();
    const inbox = mkdtempSync(join(tmpdir(), 'vigie-prepare-'));
    ctx = { wh, inbox, tmpDir: inbox, ledger: new Map(), stagedThisRun: new Map() };
  });
  afterEach(() => wh.close());

  it('is rejected with a French message (not thrown), then left alone at the next run', async () => {
    // Listed, then gone before it was read (moved by another program).
    const plan = await prepareFile(ctx, 'ars/lieux_01_20251001.csv', 0);
    expect(plan).toMatchObject({ kind: 'rejete', path: 'ars/lieux_01_20251001.csv', extractDate: '2025-10-01' });
    expect(plan.message).toBe('fichier disparu pendant la lecture (déplacé ou supprimé par un autre programme). Déposez-le à nouveau, puis relancez.');
    expect(plan.fileId).toMatch(/^illisible-[0-9a-f]{64}$/);
    ctx.ledger.set(plan.fileId, [{ path: plan.path, status: 'rejete' }]);
    expect(await prepareFile(ctx, 'ars/lieux_01_20251001.csv', 0)).toMatchObject({ kind: 'deja_charge' });
  });
});
