import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { computeIndicators } from '../compute/computeIndicators.js';
import { indicators } from '../definitions/indicators.js';
import { createTestWarehouse } from '../testing/createTestWarehouse.js';
import { seedScenario } from '../testing/seedScenario.js';
import { publishIndicators } from './publishIndicators.js';
import { PUBLICATION_TABLES } from './publicationTables.js';

describe('publishIndicators', () => {
  let wh: Warehouse;
  let dir: string;
  let publication: string;
  beforeEach(async () => {
    wh = await createTestWarehouse();
    await seedScenario(wh);
    dir = mkdtempSync(join(tmpdir(), 'vigie-publish-'));
    publication = join(dir, 'publication');
    await computeIndicators(wh, { runId: 'run-1', asOf: '2025-10-05' });
  });
  afterEach(() => {
    wh.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const read = (file: string, where = '') => wh.all(`SELECT * FROM read_parquet('${join(publication, file)}') ${where}`);

  it('writes publish.values and every file of the publication folder, secret values emptied', async () => {
    const result = await publishIndicators(wh, { runId: 'run-1', publicationDir: publication, demo: true });
    expect(readdirSync(publication).sort()).toEqual(PUBLICATION_TABLES.map((t) => t.file).sort());
    const count = await wh.one<{ n: number }>(`SELECT count(*) AS n FROM indicators."values" WHERE run_id = 'run-1'`);
    expect(result.rows).toBe(count?.n);
    expect(result.secret).toBeGreaterThan(0);
    const secret = await wh.all(`SELECT * FROM publish."values" WHERE status = 'secret' AND (value IS NOT NULL OR numerator IS NOT NULL)`);
    expect(secret).toEqual([]);
    expect((await read('valeurs.parquet')).length).toBe(result.rows);
    expect(await read('meta.parquet')).toMatchObject([{ run_id: 'run-1', derniere_semaine: '2025-S40', demo: true }]);
    const z2 = await read('valeurs.parquet', `WHERE indicateur = 'consultations' AND periode = '2025-S38' AND code_geo = '200000002'`);
    expect(z2).toMatchObject([{ statut: 'secret', valeur: null, numerateur: null }]);
  });

  it('says in territoires which zones are covered at the last week, by the rule of zones_couvertes and of the alert', async () => {
    await computeIndicators(wh, { runId: 'run-1', asOf: '2025-10-19' });
    await publishIndicators(wh, { runId: 'run-1', publicationDir: publication, demo: false, today: '2025-10-20' });
    const zones = await read('territoires.parquet', `WHERE niveau = 'zone' ORDER BY code_geo`);
    expect(zones.map((z) => [z['code_geo'], z['couverte']])).toEqual([
      ['200000001', false], ['200000002', false], ['200000003', false], ['200000004', true],
    ]);
    const alerted = (await wh.all<{ code_geo: string }>(`SELECT code_geo FROM publish.alertes WHERE type = 'zone_sans_activite'`)).map((a) => a.code_geo);
    expect(zones.filter((z) => z['couverte'] === false).map((z) => z['code_geo'])).toEqual(alerted.sort());
    const national = await read('valeurs.parquet', `WHERE indicateur = 'zones_couvertes' AND periode = '2025-S42' AND niveau = 'national'`);
    expect(national).toMatchObject([{ valeur: zones.filter((z) => z['couverte'] === true).length }]);
    expect(await read('territoires.parquet', `WHERE niveau <> 'zone' AND couverte IS NOT NULL`)).toEqual([]);
  });

  it('raises the alerts: zone without activity, unused lieu, dépassement, activity outside zones', async () => {
    await computeIndicators(wh, { runId: 'run-1', asOf: '2025-10-19' });
    await publishIndicators(wh, { runId: 'run-1', publicationDir: publication, demo: false, today: '2025-10-20' });
    const alerts = await wh.all<{ type: string; code_geo: string; detail: string }>(`SELECT type, code_geo, detail FROM publish.alertes`);
    const of = (type: string) => alerts.filter((a) => a.type === type);
    expect(of('zone_sans_activite').map((a) => a.code_geo).sort()).toEqual(['200000001', '200000002', '200000003']);
    expect(of('lieu_jamais_utilise').map((a) => a.code_geo).sort()).toEqual(['200000003']);
    expect(of('depassement_honoraires')).toEqual([expect.objectContaining({ code_geo: '200000001', detail: expect.stringMatching(/^Des actes \(nombre couvert par le secret statistique\)/) })]);
    expect(of('activite_hors_zone').map((a) => a.code_geo)).toEqual(['200000009']);
    // every type of alert is published with its title, even with no alert of that type
    const types = await wh.all<{ ordre: number; type: string; titre: string }>(`SELECT ordre, type, titre FROM publish.alertes_types ORDER BY ordre`);
    expect(types.map((t) => t.type)).toEqual(['zone_sans_activite', 'lieu_jamais_utilise', 'depassement_honoraires', 'activite_hors_zone', 'source_en_retard', 'besoin_peu_couvert']);
    expect(types[0]).toMatchObject({ ordre: 1, titre: 'Zones sans activité' });
  });

  it('says which sources are late by their declared frequency (checkFreshness of @vigie/etl), at the date of the run', async () => {
    const lateSources = () =>
      wh.all<{ niveau: string; code_geo: string; libelle: string; detail: string; date: string | null }>(
        `SELECT niveau, code_geo, libelle, detail, date::VARCHAR AS date FROM publish.alertes WHERE type = 'source_en_retard' ORDER BY libelle`,
      );
    await publishIndicators(wh, { runId: 'run-1', publicationDir: publication, demo: false, today: '2025-10-20' });
    const late = await lateSources();
    // weekly sources: the next extract is due 7 days after the last one, plus 14 days of grace for the acts, 7 for the days
    expect(late.find((a) => a.libelle === 'Actes des journées de mission (cnam.actes)')).toEqual({
      niveau: 'national',
      code_geo: 'FR',
      libelle: 'Actes des journées de mission (cnam.actes)',
      detail: 'Dernier extrait du 21/09/2025 ; le suivant (fréquence hebdomadaire) était attendu au plus tard le 12/10/2025 (situation au 20/10/2025).',
      date: '2025-09-21',
    });
    expect(late.find((a) => a.libelle.endsWith('(ars.journees)'))?.detail).toMatch(/au plus tard le 05\/10\/2025/);
    expect(late.find((a) => a.libelle.endsWith('(ars.satisfaction)'))).toMatchObject({ detail: 'Aucun extrait reçu au 20/10/2025.', date: null });
    expect(late.some((a) => a.libelle.includes('(insee'))).toBe(false);
    // on 12/10 the acts and the volunteers were not late yet; the days were
    await publishIndicators(wh, { runId: 'run-1', publicationDir: publication, demo: false, today: '2025-10-12' });
    const early = (await lateSources()).map((a) => a.libelle);
    expect(early.filter((l) => /\((cnam\.actes|ars\.volontaires|ars\.journees)\)$/.test(l))).toEqual(['Journées de mission (ars.journees)']);
    // an unchanged snapshot sent again (doublon) shows the producer is on time
    await wh.run(`INSERT INTO ledger.files VALUES ('${'9'.repeat(64)}', 'ars/journees_84_2025-S41.csv', 'ars.journees', 1024, DATE '2025-10-12', '84',
      TIMESTAMP '2025-10-13 06:00:00', 0, 0, 0, 'doublon', NULL, 'run-0')`);
    await publishIndicators(wh, { runId: 'run-1', publicationDir: publication, demo: false, today: '2025-10-20' });
    expect((await lateSources()).some((a) => a.libelle.endsWith('(ars.journees)'))).toBe(false);
    expect(await read('alertes.parquet', `WHERE type = 'source_en_retard'`)).toHaveLength((await lateSources()).length);
  });

  it('publishes the indicators’ history and the declared sources with what the ledger received, judged like the alerts', async () => {
    await publishIndicators(wh, { runId: 'run-1', publicationDir: publication, demo: false, today: '2025-10-20' });
    const history = await read('indicateurs_historique.parquet');
    expect(history).toHaveLength(indicators.reduce((n, d) => n + d.changes.length, 0));
    expect(history).toContainEqual({ id: 'consultations', version: 1, date: '2025-12-01', changement: 'Création.' });
    expect(await read('indicateurs.parquet', `WHERE id = 'consultations_pour_1000_hab'`)).toMatchObject([{ echelle: 1000, depend_de: ['consultations'] }]);
    const sources = await read('sources.parquet');
    expect(sources).toHaveLength(13);
    expect(await read('sources.parquet', `WHERE id = 'cnam.actes'`)).toMatchObject([
      { fichiers_charges: 1, fichiers_rejetes: 0, dernier_extrait: '2025-09-21', lignes_chargees: 46, lignes_rejetees: 1 },
    ]);
    expect(await read('sources.parquet', `WHERE id = 'cnam.actes'`)).toMatchObject([{ fraicheur: 'en_retard', a_jour: false, attendu_le: '2025-10-12' }]);
    const late = await wh.all<{ libelle: string }>(`SELECT libelle FROM publish.alertes WHERE type = 'source_en_retard'`);
    const notOnTime = sources.filter((s) => s['a_jour'] === false).map((s) => `${String(s['libelle'])} (${String(s['id'])})`);
    expect(notOnTime.sort()).toEqual(late.map((a) => a.libelle).sort());
    expect(notOnTime.length).toBeGreaterThan(0);
  });

  it('gives the ledger’s UTC times in Paris time, summer and winter', async () => {
    await wh.run(`INSERT INTO ledger.runs VALUES
      ('run-ete', 'hebdomadaire', 'planificateur', TIMESTAMP '2026-07-01 04:00:00', TIMESTAMP '2026-07-01 04:10:30', 'reussie', NULL, NULL),
      ('run-hiver', 'hebdomadaire', 'planificateur', TIMESTAMP '2026-01-05 05:00:00', NULL, 'en_cours', NULL, NULL)`);
    await wh.run(`INSERT INTO ledger.run_steps VALUES
      ('run-ete', 'ingest', TIMESTAMP '2026-07-01 04:00:01', TIMESTAMP '2026-07-01 04:02:00', 'reussie', 3, NULL),
      ('run-hiver', 'ingest', TIMESTAMP '2026-01-05 05:00:01', NULL, 'en_cours', NULL, NULL)`);
    await wh.run(`INSERT INTO ledger.files VALUES ('${'7'.repeat(64)}', 'ars/journees_84_2026-S01.csv', 'ars.journees', 10, DATE '2026-01-04', '84',
      TIMESTAMP '2026-01-05 05:00:00', 0, 0, 0, 'charge', NULL, 'run-hiver')`);
    await publishIndicators(wh, { runId: 'run-1', publicationDir: publication, demo: false, today: '2026-01-05' });
    const text = (column: string) => (column.endsWith('_at') ? `strftime(${column}, '%Y-%m-%d %H:%M:%S') AS ${column}` : column);
    const times = (file: string, columns: string[], where = '') =>
      wh.all(`SELECT ${columns.map(text).join(', ')} FROM read_parquet('${join(publication, file)}') ${where}`);
    expect(await times('executions.parquet', ['run_id', 'started_at', 'ended_at'], 'ORDER BY run_id')).toEqual([
      { run_id: 'run-ete', started_at: '2026-07-01 06:00:00', ended_at: '2026-07-01 06:10:30' },
      { run_id: 'run-hiver', started_at: '2026-01-05 06:00:00', ended_at: null },
    ]);
    expect(await times('etapes.parquet', ['run_id', 'started_at', 'ended_at'], 'ORDER BY run_id')).toEqual([
      { run_id: 'run-ete', started_at: '2026-07-01 06:00:01', ended_at: '2026-07-01 06:02:00' },
      { run_id: 'run-hiver', started_at: '2026-01-05 06:00:01', ended_at: null },
    ]);
    expect(await times('fichiers.parquet', ['path', 'arrived_at'], `WHERE path LIKE '%S38%' OR run_id = 'run-hiver' ORDER BY path`)).toEqual([
      { path: 'ars/journees_84_2025-S38.csv', arrived_at: '2025-09-22 08:00:00' },
      { path: 'ars/journees_84_2026-S01.csv', arrived_at: '2026-01-05 06:00:00' },
      { path: 'cnam/actes_mission_2025-S38.csv', arrived_at: '2025-09-22 08:00:00' },
    ]);
    const types = await wh.all(`SELECT column_name, column_type FROM (DESCRIBE SELECT started_at, ended_at FROM read_parquet('${join(publication, 'executions.parquet')}'))`);
    expect(types.map((t) => t['column_type'])).toEqual(['TIMESTAMP', 'TIMESTAMP']);
  });

  it('judges the sources of a backfill at its as-of date', async () => {
    await wh.run(`INSERT INTO ledger.runs (run_id, pipeline, trigger, started_at, status, as_of)
      VALUES ('run-1', 'hebdomadaire', 'commande', TIMESTAMP '2026-01-26 05:00:00', 'en_cours', DATE '2025-10-05')`);
    await publishIndicators(wh, { runId: 'run-1', publicationDir: publication, demo: false });
    const late = await wh.all<{ libelle: string }>(`SELECT libelle FROM publish.alertes WHERE type = 'source_en_retard'`);
    expect(late.map((a) => a.libelle)).not.toContain('Actes des journées de mission (cnam.actes)');
    expect(late.map((a) => a.libelle)).toContain('Satisfaction des patients (ars.satisfaction)');
  });

  it('leaves the previous publication whole when a publication fails', async () => {
    await publishIndicators(wh, { runId: 'run-1', publicationDir: publication, demo: true });
    await computeIndicators(wh, { runId: 'run-2', asOf: '2025-10-12' });
    await wh.run(`ALTER TABLE clean.lieux DROP COLUMN code_region_ars`); // the alerts' SQL fails after publish.values
    await expect(publishIndicators(wh, { runId: 'run-2', publicationDir: publication, demo: true })).rejects.toThrow();
    expect(await read('meta.parquet')).toMatchObject([{ run_id: 'run-1' }]);
    expect(await wh.all(`SELECT DISTINCT run_id FROM publish."values"`)).toEqual([{ run_id: 'run-1' }]);
    expect(readdirSync(dir)).toEqual(['publication']);
  });

  it('refuses to publish a run that computed nothing', async () => {
    await expect(publishIndicators(wh, { runId: 'inconnu', publicationDir: publication, demo: true })).rejects.toThrow(/aucune valeur calculée/);
    expect(existsSync(publication)).toBe(false);
  });
});
