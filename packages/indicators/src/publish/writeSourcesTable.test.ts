import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defineSource, sources, type Warehouse } from '@vigie/etl';
import { createTestWarehouse } from '../testing/createTestWarehouse.js';
import { sourceColumnsText, writeSourcesTable } from './writeSourcesTable.js';

const hex = (c: string) => c.repeat(64);

describe('writeSourcesTable', () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await createTestWarehouse();
    // cnam.actes: S38 loaded with 1 reject, S39 an unchanged copy (doublon), S40 rejected whole, S41 loaded
    await wh.run(`INSERT INTO ledger.files VALUES
      ('${hex('a')}', 'cnam/actes_mission_2025-S38.csv', 'cnam.actes', 2048, DATE '2025-09-21', NULL, TIMESTAMP '2025-09-22 04:00:00', 47, 46, 1, 'charge_avec_rejets', NULL, 'run-0'),
      ('${hex('b')}', 'cnam/actes_mission_2025-S39.csv', 'cnam.actes', 2048, DATE '2025-09-28', NULL, TIMESTAMP '2025-09-29 04:00:00', 0, 0, 0, 'doublon', NULL, 'run-0'),
      ('${hex('c')}', 'cnam/actes_mission_2025-S40.csv', 'cnam.actes', 100, DATE '2025-10-05', NULL, TIMESTAMP '2025-10-06 04:00:00', 5, 0, 5, 'rejete', 'en-tête', 'run-0'),
      ('${hex('d')}', 'cnam/actes_mission_2025-S41.csv', 'cnam.actes', 999, DATE '2025-10-12', NULL, TIMESTAMP '2025-10-13 04:00:00', 10, 10, 0, 'charge', NULL, 'run-0'),
      ('${hex('e')}', 'ars/journees_84_2025-S38.csv', 'ars.journees', 10, DATE '2025-09-21', '84', TIMESTAMP '2025-09-22 04:00:00', 6, 6, 0, 'charge', NULL, 'run-0'),
      ('${hex('f')}', 'divers/notes.txt', NULL, 10, NULL, NULL, TIMESTAMP '2025-09-22 04:00:00', 0, 0, 0, 'ignore', NULL, 'run-0')`);
  });
  afterEach(() => wh.close());

  const row = async (id: string) => (await wh.all(`SELECT * FROM publish.sources WHERE id = $id`, { id }))[0];

  it('writes one row per declared source, derived from its declaration', async () => {
    await writeSourcesTable(wh, '2025-10-20');
    const ids = await wh.all<{ id: string }>(`SELECT id FROM publish.sources`);
    // every source of the registry, in its order (the referential first)
    expect(ids.map((r) => r.id)).toEqual(sources.map((source) => source.id));
    expect(ids.length).toBeGreaterThanOrEqual(13);
    expect(await row('cnam.actes')).toMatchObject({
      producteur: 'cnam',
      producteur_libelle: 'Assurance maladie (CNAM)',
      libelle: 'Actes des journées de mission',
      motif_fichier: 'cnam/actes_mission_<AAAA>-S<ww>.csv',
      exemple_fichier: 'cnam/actes_mission_2025-S37.csv',
      format: 'csv',
      encodage: 'Windows-1252',
      separateur: ';',
      mode: 'delta',
      versions: 'Par clé (id_acte) : la version du fichier le plus récent l’emporte.',
      frequence: 'hebdomadaire',
      delai_grace_jours: 14,
      cle: 'id_acte',
    });
    expect(await row('ars.volontaires')).toMatchObject({
      motif_fichier: 'ars/volontaires_<reg>_<AAAAMMJJ>.csv ou ars/volontaires_<reg>_<AAAAMMJJ>.xlsx',
      format: 'csv ou xlsx',
      encodage: 'UTF-8 (avec ou sans BOM)',
      mode: 'instantané',
      versions: 'Instantané : chaque fichier est l’état complet de sa portée (sa région) à sa date ; le plus récent remplace les précédents.',
      cle: 'id_dossier',
    });
    expect(await row('drees.apl')).toMatchObject({ format: 'xlsx ou csv', separateur: ';', frequence: 'annuelle', cle: 'code_commune, annee' });
    expect((await row('cnam.actes'))?.['description']).not.toContain('`');
  });

  it('lists each column with its type and checks, in plain French', async () => {
    await writeSourcesTable(wh, '2025-10-20');
    const actes = String((await row('cnam.actes'))?.['colonnes']).split('\n');
    expect(actes).toHaveLength(13);
    expect(actes[0]).toBe('id_acte — texte, obligatoire');
    expect(actes[2]).toBe('num_rpps_executant — texte, obligatoire ; 11 chiffres, clé de Luhn');
    expect(actes[6]).toBe('tranche_age_patient — texte ; valeurs : 0-17, 18-39, 40-59, 60-74, 75+');
    expect(actes[11]).toBe('montant_base — nombre décimal (virgule), obligatoire ; ≥ 0 ; euros, virgule décimale');
    const volontaires = String((await row('ars.volontaires'))?.['colonnes']);
    expect(volontaires).toContain('« Numéro RPPS » (num_rpps) — texte ; 11 chiffres, clé de Luhn');
    expect(volontaires).toContain('« Email » (email) — texte ; donnée personnelle : jamais publiée');
    expect(String((await row('drees.apl'))?.['colonnes']).split('\n').at(-1)).toBe(
      'annee (tirée du nom) — nombre entier, obligatoire ; année (nom de la feuille ou du fichier)',
    );
  });

  it('counts what the ledger received: loaded files (doublon included), rejected files, rows, latest extract', async () => {
    await writeSourcesTable(wh, '2025-10-20');
    expect(await row('cnam.actes')).toMatchObject({
      fichiers_charges: 3,
      fichiers_rejetes: 1,
      dernier_extrait: '2025-10-12',
      lignes_chargees: 56,
      lignes_rejetees: 6,
    });
    expect(await row('ars.satisfaction')).toMatchObject({ fichiers_charges: 0, fichiers_rejetes: 0, dernier_extrait: null, lignes_chargees: 0, lignes_rejetees: 0 });
  });

  it('gives the verdict of checkFreshness at the date of the publication', async () => {
    const freshness = async () =>
      wh.all(`SELECT id, fraicheur, a_jour, attendu_le::VARCHAR AS attendu_le, situation_au::VARCHAR AS situation_au FROM publish.sources
              WHERE id IN ('cnam.actes', 'ars.journees', 'ars.satisfaction', 'insee.communes') ORDER BY id`);
    await writeSourcesTable(wh, '2025-10-20');
    // weekly: due 7 days after the latest extract, plus 14 days of grace for the acts, 7 for the days
    expect(await freshness()).toEqual([
      { id: 'ars.journees', fraicheur: 'en_retard', a_jour: false, attendu_le: '2025-10-05', situation_au: '2025-10-20' },
      { id: 'ars.satisfaction', fraicheur: 'jamais_recu', a_jour: false, attendu_le: null, situation_au: '2025-10-20' },
      { id: 'cnam.actes', fraicheur: 'a_jour', a_jour: true, attendu_le: '2025-11-02', situation_au: '2025-10-20' },
      { id: 'insee.communes', fraicheur: 'non_suivie', a_jour: null, attendu_le: null, situation_au: '2025-10-20' },
    ]);
    await writeSourcesTable(wh, '2025-11-03');
    expect(await row('cnam.actes')).toMatchObject({ fraicheur: 'en_retard', a_jour: false, attendu_le: '2025-11-02' });
  });

  it('has no separator nor encoding for a source read from workbooks only', async () => {
    const workbook = defineSource({
      id: 'ars.essai', label: 'Essai', producer: 'ars', description: 'Essai.',
      files: [{ pattern: /^ars\/essai_(?<date>\d{8})\.xlsx$/, example: 'ars/essai_20250101.xlsx', format: 'xlsx' }],
      columns: [{ header: 'Valeur', id: 'valeur', type: 'integer', required: true, maskable: true }],
      key: ['valeur'], versioning: 'snapshot', freshness: 'monthly',
    });
    await writeSourcesTable(wh, '2025-10-20', [workbook]);
    expect(await wh.all(`SELECT id, format, encodage, separateur, motif_fichier, frequence, delai_grace_jours FROM publish.sources`)).toEqual([
      { id: 'ars.essai', format: 'xlsx', encodage: null, separateur: null, motif_fichier: 'ars/essai_<AAAAMMJJ>.xlsx', frequence: 'mensuelle', delai_grace_jours: 7 },
    ]);
    expect(sourceColumnsText(workbook)).toBe('« Valeur » (valeur) — nombre entier, obligatoire ; s = masqué (secret statistique, 1 à 10)');
  });

  it('has the column types of docs/architecture.md', async () => {
    await writeSourcesTable(wh, '2025-10-20');
    const columns = await wh.all<{ column_name: string; column_type: string }>(`SELECT column_name, column_type FROM (DESCRIBE publish.sources)`);
    expect(Object.fromEntries(columns.map((c) => [c.column_name, c.column_type]))).toEqual({
      id: 'VARCHAR', producteur: 'VARCHAR', producteur_libelle: 'VARCHAR', libelle: 'VARCHAR', description: 'VARCHAR',
      motif_fichier: 'VARCHAR', exemple_fichier: 'VARCHAR', format: 'VARCHAR', encodage: 'VARCHAR', separateur: 'VARCHAR',
      mode: 'VARCHAR', versions: 'VARCHAR', frequence: 'VARCHAR', delai_grace_jours: 'INTEGER', cle: 'VARCHAR', colonnes: 'VARCHAR',
      fichiers_charges: 'BIGINT', fichiers_rejetes: 'BIGINT', dernier_extrait: 'DATE', lignes_chargees: 'BIGINT', lignes_rejetees: 'BIGINT',
      fraicheur: 'VARCHAR', a_jour: 'BOOLEAN', attendu_le: 'DATE', situation_au: 'DATE',
    });
  });
});
