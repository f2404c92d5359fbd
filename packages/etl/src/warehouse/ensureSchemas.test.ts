import { describe, expect, it } from 'vitest';
import { ensureSchemas } from './ensureSchemas.js';
import { openWarehouse } from './openWarehouse.js';

describe('ensureSchemas', () => {
  it('creates the ledger, and respells the run statuses of an older warehouse the one way (reussie, interrompue)', async () => {
    const wh = await openWarehouse(':memory:');
    try {
      await ensureSchemas(wh);
      await wh.run(`INSERT INTO ledger.runs (run_id, pipeline, trigger, started_at, status) VALUES
        ('a', 'hebdomadaire', 'commande', TIMESTAMP '2025-10-06 04:00:00', 'reussi'),
        ('b', 'hebdomadaire', 'commande', TIMESTAMP '2025-10-07 04:00:00', 'interrompu'),
        ('c', 'hebdomadaire', 'commande', TIMESTAMP '2025-10-08 04:00:00', 'echec')`);
      await ensureSchemas(wh);
      expect(await wh.all(`SELECT run_id, status FROM ledger.runs ORDER BY run_id`)).toEqual([
        { run_id: 'a', status: 'reussie' },
        { run_id: 'b', status: 'interrompue' },
        { run_id: 'c', status: 'echec' },
      ]);
    } finally {
      wh.close();
    }
  });
});
