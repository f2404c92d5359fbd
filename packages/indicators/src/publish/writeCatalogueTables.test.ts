import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { consultations } from '../definitions/consultations.js';
import { consultationsPour1000Hab } from '../definitions/consultationsPour1000Hab.js';
import { defineIndicator } from '../definitions/indicatorDefinition.js';
import { createTestWarehouse } from '../testing/createTestWarehouse.js';
import { writeCatalogueTables } from './writeCatalogueTables.js';

const revised = defineIndicator({
  ...consultationsPour1000Hab,
  id: 'actes_revises',
  version: 3,
  changes: [
    { version: 1, date: '2025-12-01', change: 'Création.' },
    { version: 2, date: '2026-02-16', change: 'Les téléconsultations ne comptent plus.' },
    { version: 3, date: '2026-07-01', change: 'Population du millésime 2023.' },
  ],
});

describe('writeCatalogueTables', () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await createTestWarehouse();
    await writeCatalogueTables(wh, [consultations, revised]);
  });
  afterEach(() => wh.close());

  it('writes one history row per entry of each definition’s changes, in the order of the definitions', async () => {
    expect(await wh.all(`SELECT id, version, date::VARCHAR AS date, changement FROM publish.indicateurs_historique`)).toEqual([
      { id: 'consultations', version: 1, date: '2025-12-01', changement: 'Création.' },
      { id: 'actes_revises', version: 1, date: '2025-12-01', changement: 'Création.' },
      { id: 'actes_revises', version: 2, date: '2026-02-16', changement: 'Les téléconsultations ne comptent plus.' },
      { id: 'actes_revises', version: 3, date: '2026-07-01', changement: 'Population du millésime 2023.' },
    ]);
    const types = await wh.all(`SELECT column_name, column_type FROM (DESCRIBE publish.indicateurs_historique)`);
    expect(types).toEqual([
      { column_name: 'id', column_type: 'VARCHAR' },
      { column_name: 'version', column_type: 'INTEGER' },
      { column_name: 'date', column_type: 'DATE' },
      { column_name: 'changement', column_type: 'VARCHAR' },
    ]);
  });

  it('gives the catalogue its scale and dependencies after the existing columns', async () => {
    expect(await wh.all(`SELECT id, version, echelle, depend_de FROM publish.indicateurs`)).toEqual([
      { id: 'consultations', version: 1, echelle: 1, depend_de: [] },
      { id: 'actes_revises', version: 3, echelle: 1000, depend_de: ['consultations'] },
    ]);
    const columns = await wh.all<{ column_name: string; column_type: string }>(`SELECT column_name, column_type FROM (DESCRIBE publish.indicateurs)`);
    expect(columns.map((c) => c.column_name)).toEqual([
      'id', 'version', 'theme', 'libelle', 'definition', 'type', 'unite', 'numerateur', 'denominateur',
      'periodicites', 'niveaux', 'sources', 'secret', 'limites', 'sql', 'echelle', 'depend_de', 'secret_numerateur', 'secret_denominateur', 'ordre_cle',
      'ordre_tableau', 'classe_zones', 'role_besoin',
    ]);
    expect(columns.slice(-8).map((c) => c.column_type)).toEqual(['DOUBLE', 'VARCHAR[]', 'VARCHAR', 'VARCHAR', 'INTEGER', 'INTEGER', 'BOOLEAN', 'VARCHAR']);
  });

  it('says which count each numerator and denominator rests on (the secrecy audit reads it)', async () => {
    expect(await wh.all(`SELECT id, secret_numerateur, secret_denominateur FROM publish.indicateurs`)).toEqual([
      { id: 'consultations', secret_numerateur: 'actes', secret_denominateur: null },
      { id: 'actes_revises', secret_numerateur: 'actes', secret_denominateur: null },
    ]);
  });
});
