import { openWarehouse, type Warehouse } from '@vigie/etl';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordSocleVersion } from './recordSocleVersion.js';
import { socleChanges, socleText } from './socleText.js';
import { writeAuditTables } from './writeAuditTables.js';

describe('the common base (socle) of the indicators', () => {
  it('covers the prepared relations, the clean tables and the version of Vigie', () => {
    const names = socleText().parts.map((p) => p.name);
    expect(names).toContain('vigie');
    expect(names).toContain('relation periods');
    expect(names).toContain('table clean.actes');
    expect(socleText().hash).toBe(socleText().hash);
  });

  it('names what changed, what was added and what was removed, in French', () => {
    const recorded = [
      { name: 'vigie', text: '0.1.0' },
      { name: 'relation periods', text: 'SELECT 1' },
      { name: 'table clean.old', text: 'SELECT 2' },
    ];
    const installed = [
      { name: 'vigie', text: '0.2.0' },
      { name: 'relation periods', text: 'SELECT 1 -- changé' },
      { name: 'table clean.new', text: 'SELECT 3' },
    ];
    expect(socleChanges(recorded, installed)).toEqual([
      'vigie : version 0.1.0 à la publication, 0.2.0 installée',
      'relation periods : texte modifié depuis la publication',
      'table clean.new : ajoutée depuis la publication',
      'table clean.old : retirée depuis la publication',
    ]);
    expect(socleChanges(installed, installed)).toEqual([]);
  });

  describe('recorded with each run and published with it', () => {
    let wh: Warehouse;
    beforeEach(async () => {
      wh = await openWarehouse(':memory:');
      await wh.run('CREATE SCHEMA indicators; CREATE SCHEMA publish');
    });
    afterEach(() => wh.close());

    it('keeps one text per distinct base, links each run to its base, and publishes the parts in order', async () => {
      const first = socleText([{ name: 'vigie', text: '0.1.0' }, { name: 'relation periods', text: "SELECT 'a'" }]);
      const second = socleText([{ name: 'vigie', text: '0.1.0' }, { name: 'relation periods', text: "SELECT 'b'" }]);
      await recordSocleVersion(wh, 'run-1', first);
      await recordSocleVersion(wh, 'run-2', first);
      await recordSocleVersion(wh, 'run-3', second);
      expect(await wh.all('SELECT text_hash, first_run_id FROM indicators.socle_versions ORDER BY first_run_id')).toEqual([
        { text_hash: first.hash, first_run_id: 'run-1' },
        { text_hash: second.hash, first_run_id: 'run-3' },
      ]);
      await writeAuditTables(wh, 'run-3');
      expect(await wh.all('SELECT empreinte, ordre, partie, texte FROM publish.socle ORDER BY ordre')).toEqual([
        { empreinte: second.hash, ordre: 1, partie: 'vigie', texte: '0.1.0' },
        { empreinte: second.hash, ordre: 2, partie: 'relation periods', texte: "SELECT 'b'" },
      ]);
    });
  });
});
