import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestInbox } from '../ingest/ingestInbox.js';
import { rawTableDdl } from '../ingest/validationSql.js';
import { defineSource } from '../sources/sourceDeclaration.js';
import { sourceById } from '../sources/sources.js';
import { memoryWarehouse } from '../testing/memoryWarehouse.js';
import { writeInbox } from '../testing/writeInbox.js';
import type { Warehouse } from '../warehouse/index.js';
import { declaredCleanModel } from './declaredCleanModel.js';

const essai = defineSource({
  id: 'ars.essai_modele',
  label: 'Essai',
  producer: 'ars',
  description: 'Une source d’essai.',
  files: [{ pattern: /^ars\/essai_(?<region>\d{2,3})_(?<year>\d{4})\.csv$/, example: 'ars/essai_84_2025.csv', format: 'csv', encoding: 'utf-8', separator: ';' }],
  columns: [
    { header: 'Nom', id: 'nom', personal: true },
    { header: 'Nombre', id: 'nombre', type: 'integer', maskable: true },
    { header: 'Code', id: 'code', required: true },
  ],
  derived: [{ id: 'annee', group: 'year', type: 'integer', label: 'année (nom du fichier)' }],
  key: ['code', 'annee'],
  versioning: 'delta',
  freshness: 'yearly',
});

const columnsOf = (wh: Warehouse, table: string) =>
  wh.all<{ c: string }>(
    `SELECT column_name || ' ' || data_type AS c FROM information_schema.columns WHERE table_schema || '.' || table_name = $table ORDER BY ordinal_position`,
    { table },
  ).then((rows) => rows.map((r) => r.c));

describe('declaredCleanModel', { timeout: 60_000 }, () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await memoryWarehouse();
  });
  afterEach(() => wh.close());

  it('derives the clean table from the declaration: key first, no personal data, INTEGER, masks, region of the file', async () => {
    const model = declaredCleanModel(essai);
    expect(model.table).toBe('clean.essai_modele');
    await wh.run(rawTableDdl(essai));
    await wh.run(model.sql(undefined));
    expect(await columnsOf(wh, 'clean.essai_modele')).toEqual(['code VARCHAR', 'annee INTEGER', 'nombre INTEGER', 'nombre_masque BOOLEAN', 'code_region_ars VARCHAR']);
  });

  it('keeps the latest version of each key, by the date in the file name', async () => {
    const inbox = writeInbox([
      { path: 'drees/acces_urgences_2024.csv', lines: ["Code commune;Temps d'accès SU (min);Temps d'accès SMUR (min)", '84019;40,3;21,7'] },
      { path: 'drees/autre/acces_urgences_2024.csv', lines: ["Code commune;Temps d'accès SU (min);Temps d'accès SMUR (min)", '84019;35,0;20,0'] },
      { path: 'drees/acces_urgences_2023.csv', lines: ["Code commune;Temps d'accès SU (min);Temps d'accès SMUR (min)", '84019;50,0;30,0'] },
    ]);
    await ingestInbox(wh, { inbox, runId: 'r1' });
    await wh.run(declaredCleanModel(sourceById('drees.urgences')).sql(undefined));
    // one row per (commune, année): the same year twice gives one row
    expect(await wh.all('SELECT * FROM clean.urgences ORDER BY annee')).toEqual([
      { code_commune: '84019', annee: 2023, temps_su: 50, temps_smur: 30 },
      { code_commune: '84019', annee: 2024, temps_su: expect.any(Number), temps_smur: expect.any(Number) },
    ]);
  });
});
