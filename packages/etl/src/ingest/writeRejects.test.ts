import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Warehouse } from '../warehouse/index.js';
import { memoryWarehouse } from '../testing/memoryWarehouse.js';
import { writeInbox } from '../testing/writeInbox.js';
import { ingestInbox } from './ingestInbox.js';
import { writeRejects } from './writeRejects.js';

describe('writeRejects', { timeout: 60_000 }, () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await memoryWarehouse();
  });
  afterEach(() => wh.close());

  it('writes every rejected row and file as a UTF-8 CSV fichier;ligne;colonne;valeur;message', async () => {
    const inbox = writeInbox([
      { path: 'ars/journees_01_2025-S37.csv', lines: ['date;num_rpps;siret_lieu;creneau;statut;nb_rdv_proposes;nb_rdv_pris', '31/02/2025;10275067071;88153952193870;MATIN;REALISEE;1;1'] },
      { path: 'ars/lieux_01_20251001.csv', lines: ['siret;nom;type_lieu'] },
    ]);
    await ingestInbox(wh, { inbox, runId: 'r1' });
    const out = join(mkdtempSync(join(tmpdir(), 'vigie-rejets-')), 'sous', 'rejets.csv');
    expect(await writeRejects(wh, out)).toBe(2);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe('fichier;ligne;colonne;valeur;message');
    expect(lines[1]).toBe(`ars/journees_01_2025-S37.csv;2;date;31/02/2025;"ligne 2, colonne ""date"" : ""31/02/2025"" n'est pas une date qui existe"`);
    expect(lines[2]).toMatch(/^ars\/lieux_01_20251001\.csv;;;;"fichier rejeté en entier : en-tête non conforme : colonnes attendues absentes : ""nom_lieu"", /);
  });
});
