import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWarehouse, sources } from '@vigie/etl';
import { indicators } from '@vigie/indicators';
import { buildDashboard } from '../../pipelines/src/dashboard/buildDashboard.js';
import { serveStaticSite, type StaticSite } from '../../pipelines/src/dashboard/serveStaticSite.js';
import { runVigieOk } from '../support/runVigie.js';
import { readExportCsv, type ExportRow } from '../support/oracle/readExportCsv.js';
import { displayedValueMismatch } from './displayedValue.js';
import { launchChromium } from './launchChromium.js';
import { cardValue, drawnCharts, indicatorRow, openDashboardPage, type OpenedPage } from './openDashboardPage.js';

/**
 * The dashboard a director opens on Monday, built from a real publication: demo extracts
 * (`--sans-anomalies`) → `vigie run` → `vigie export` and `vigie dashboard`, opened in Chromium
 * with nothing reachable beyond localhost. Every figure checked on a page is the exported value;
 * every page opens without a console error. Screenshots go to test-results/.
 *
 * One build holds both the usual week and the empty cases: the demo without faults has no
 * rejected row; the site is built from a copy of the publication whose alerts table is empty
 * (a demo of 151 zones always has some) and where one région and its zones have nothing
 * published yet (a région with no volunteer, a zone added this week). Their pages must say
 * « aucun … » in French instead of breaking.
 */
const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results');
const UNTIL = '2025-11-16'; // a Sunday: weeks 36 to 46 of 2025, November to date
const KEY_INDICATORS = ['vol_actifs', 'jours_realises', 'zones_couvertes', 'taux_population_couverte', 'consultations', 'part_patients_sans_mt', 'indemnites_eur'];
const isPart = (id: string) => indicators.find((d) => d.id === id)?.unit === '%';

describe('tableau de bord (publication de démonstration)', () => {
  let dir: string;
  let site: StaticSite;
  let browser: Browser;
  let exported: ExportRow[];
  let territories: Array<{ niveau: string; code_geo: string; libelle: string; code_region: string | null; en_zone: boolean }>;
  /** The région (the one with the fewest zones) whose values, and its zones', the site does not get. */
  let emptyRegion: string;
  const current: Record<string, string> = {};

  /** The exported row of an indicator for the current week, month or cumul of a territory. */
  function exportedValue(indicator: string, periodType: 'semaine' | 'mois' | 'cumul', level: string, code: string): ExportRow {
    const row = exported.find(
      (r) => r.indicateur === indicator && r.type_periode === periodType && r.periode === current[periodType] && r.niveau === level && r.code_geo === code,
    );
    if (!row) throw new Error(`aucune ligne exportée pour ${indicator} ${periodType} ${current[periodType]} ${level} ${code}`);
    return row;
  }

  /** Every key card and every row of « tous les indicateurs » of an opened page, against the export. */
  async function mismatches(opened: OpenedPage, level: string, code: string): Promise<string[]> {
    const found: string[] = [];
    const published = new Set(exported.filter((r) => r.niveau === level && r.code_geo === code).map((r) => r.indicateur));
    for (const id of KEY_INDICATORS.filter((k) => published.has(k))) {
      found.push(displayedValueMismatch(await cardValue(opened.page, id), exportedValue(id, 'semaine', level, code), isPart(id)) ?? '');
    }
    for (const { id, periodicity } of indicators.filter((d) => published.has(d.id))) {
      const [, week = '', , month = '', , cumul = ''] = await indicatorRow(opened.page, id);
      // primes_dj_eur has no weekly value (indicators.md: periods mois and cumul)
      if (periodicity.includes('semaine')) found.push(displayedValueMismatch(week, exportedValue(id, 'semaine', level, code), isPart(id)) ?? '');
      found.push(displayedValueMismatch(month, exportedValue(id, 'mois', level, code), isPart(id)) ?? '');
      found.push(displayedValueMismatch(cumul, exportedValue(id, 'cumul', level, code), isPart(id)) ?? '');
    }
    return found.filter((m) => m !== '');
  }

  /**
   * Charts that read right: a count's axis has whole, distinct ticks (never « 1, 1, 1, 0 »); a
   * share's carries %; euros carry €; half days are « 7 » or « 7,5 », never « 7,00 ». Checks every
   * chart of the page (at least `expectedCharts`); one not named after an indicator has distinct
   * ticks and none like « 3,0 ».
   */
  async function chartAxisProblems(page: OpenedPage['page'], expectedCharts: number): Promise<string[]> {
    const charts = await drawnCharts(page);
    const problems = charts.length >= expectedCharts ? [] : [`${charts.length} courbe(s) au lieu d'au moins ${expectedCharts}`];
    for (const chart of charts) {
      const definition = indicators.find((d) => d.label === chart.title);
      const where = `« ${chart.title} » : ${chart.yLabels.join(' | ')}`;
      if (chart.yLabels.length < 2) problems.push(`${where} : moins de deux graduations`);
      else if (!definition && chart.yLabels.some((l) => /,0+( |$)/.test(l))) problems.push(`${where} : des graduations « 3,0 »`);
      else if (!definition && new Set(chart.yLabels).size !== chart.yLabels.length) problems.push(`${where} : graduations répétées`);
      else if (!definition) continue;
      else if (chart.yLabels.length < 2) problems.push(`${where} : moins de deux graduations`);
      else if (new Set(chart.yLabels).size !== chart.yLabels.length) problems.push(`${where} : graduations répétées`);
      else if (definition.unit === '%' && !chart.yLabels.every((l) => /^\d[\d ]*(,\d)? %$/.test(l))) problems.push(`${where} : une part sans %`);
      else if (definition.unit === '€' && !chart.yLabels.every((l) => /^\d[\d ]* €$/.test(l))) problems.push(`${where} : des euros sans €`);
      else if (definition.id === 'jours_realises' && !chart.yLabels.every((l) => /^\d[\d ]*(,5)?$/.test(l))) problems.push(`${where} : des demi-journées mal écrites`);
      else if (!['%', '€'].includes(definition.unit) && definition.id !== 'jours_realises' && !chart.yLabels.every((l) => /^\d[\d ]*$/.test(l)))
        problems.push(`${where} : un compte aux graduations non entières`);
    }
    return problems;
  }

  const open = (path: string, expected: string, screenshot?: string) =>
    openDashboardPage(browser, site.url, path, expected, screenshot ? { dir: SCREENSHOTS, name: screenshot } : undefined);

  beforeAll(async () => {
    // The browser first: without one, fail at once rather than after a build of several minutes.
    ({ browser } = await launchChromium());
    dir = mkdtempSync(join(tmpdir(), 'vigie-dashboard-'));
    const env = { VIGIE_INBOX: join(dir, 'inbox'), VIGIE_WAREHOUSE: join(dir, 'wh', 'warehouse.duckdb') };
    runVigieOk(['demo', '--jusqu-au', UNTIL, '--sans-anomalies'], env);
    runVigieOk(['run', '--sans-tableau-de-bord'], env);
    runVigieOk(['export', '--format', 'csv', '--out', join(dir, 'export.csv')], env);
    exported = readExportCsv(join(dir, 'export.csv')).rows;
    for (const type of ['semaine', 'mois', 'cumul']) {
      current[type] = exported.filter((r) => r.type_periode === type).map((r) => r.periode).sort().at(-1) ?? '';
    }
    const published = join(dir, 'wh', 'publication');
    const publicationDir = join(dir, 'publication-du-site');
    cpSync(published, publicationDir, { recursive: true });
    const wh = await openWarehouse(':memory:');
    territories = await wh.all(`SELECT niveau, code_geo, libelle, code_region, en_zone FROM read_parquet('${join(published, 'territoires.parquet')}')`);
    const zonesPerRegion = new Map<string, number>();
    for (const t of territories.filter((t) => t.niveau === 'zone' && t.en_zone)) zonesPerRegion.set(t.code_region!, (zonesPerRegion.get(t.code_region!) ?? 0) + 1);
    emptyRegion = [...zonesPerRegion.entries()].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))[0]![0];
    // Empty tables keep their columns: the publication's own, selected with no row.
    await wh.run(`COPY (SELECT * FROM read_parquet('${join(published, 'alertes.parquet')}') WHERE false) TO '${join(publicationDir, 'alertes.parquet')}' (FORMAT parquet)`);
    await wh.run(
      `COPY (SELECT * FROM read_parquet('${join(published, 'valeurs.parquet')}') WHERE NOT ((niveau = 'region' AND code_geo = '${emptyRegion}') OR ` +
        `(niveau = 'zone' AND code_geo IN (SELECT code_geo FROM read_parquet('${join(published, 'territoires.parquet')}') WHERE niveau = 'zone' AND code_region = '${emptyRegion}')))) ` +
        `TO '${join(publicationDir, 'valeurs.parquet')}' (FORMAT parquet)`,
    );
    const [rejected] = await wh.all<{ n: number }>(`SELECT count(*) AS n FROM read_parquet('${join(published, 'rejets.parquet')}')`);
    wh.close();
    expect(rejected?.n, 'la démonstration sans anomalies n’a aucune ligne rejetée').toBe(0);

    // The site is put in place in our own folder: another build in this checkout (a pipeline run)
    // may rewrite apps/dashboard/build meanwhile.
    const siteDir = join(dir, 'site');
    await buildDashboard({ publicationDir, siteDir });
    site = await serveStaticSite(siteDir, 0);
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 1_800_000); // demo, run and a build of several minutes (much longer on a busy machine)

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('Accueil : chaque chiffre clé et chaque indicateur national est la valeur exportée, en français', async () => {
    expect(current['semaine']).toBe('2025-S46');
    const home = await open('/', 'Les chiffres clés', 'tableau-de-bord-accueil');
    console.log(`Accueil chargé en ${home.loadMs} ms (DuckDB du navigateur compris).`);
    expect(home.problems).toEqual([]);
    expect(home.text).toContain('Données de démonstration');
    expect(home.text).toContain('semaine 46 de 2025');
    expect(home.text).toContain('du 10/11/2025 au 16/11/2025');
    expect(home.text).toContain('novembre 2025 (au 16/11/2025)');
    expect(await mismatches(home, 'national', 'FR')).toEqual([]);
    expect(home.text).not.toMatch(/\b\d{1,3},\d{3}\b/); // no English thousands separator (« 1,234 »)
    expect(home.text).not.toMatch(/\d\.\d/); // no decimal point
    expect(home.text).not.toMatch(/undefined|NaN|See more|Links|No Results/);
    await home.page.close();
  });

  it('une région : ses chiffres sont ceux de l’export, ses zones classées', async () => {
    const zonesPerRegion = new Map<string, number>();
    for (const t of territories.filter((t) => t.niveau === 'zone' && t.en_zone)) zonesPerRegion.set(t.code_region!, (zonesPerRegion.get(t.code_region!) ?? 0) + 1);
    const [code] = [...zonesPerRegion.entries()].filter(([c]) => c !== emptyRegion).sort((a, b) => b[1] - a[1])[0]!;
    const region = territories.find((t) => t.niveau === 'region' && t.code_geo === code)!;
    const opened = await open(`/regions/${code}/`, 'Les zones de la région', 'tableau-de-bord-region');
    expect(opened.problems).toEqual([]);
    expect(opened.text).toContain(region.libelle);
    expect(await mismatches(opened, 'region', code)).toEqual([]);
    // ranked by days per 10 000 inhabitants since the launch: the first is the export's highest
    const zonesOfRegion = new Set(territories.filter((t) => t.niveau === 'zone' && t.code_region === code && t.en_zone).map((t) => t.code_geo));
    const best = exported
      .filter((r) => r.indicateur === 'jours_pour_10000_hab' && r.type_periode === 'cumul' && r.periode === current['cumul'] && r.niveau === 'zone' && zonesOfRegion.has(r.code_geo))
      .sort((a, b) => Number(b.valeur.replace(',', '.')) - Number(a.valeur.replace(',', '.')))[0]!;
    const bestName = territories.find((t) => t.niveau === 'zone' && t.code_geo === best.code_geo)!.libelle;
    expect(opened.text).toMatch(new RegExp(`(^|\\n)1\\t${bestName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\t`));
    for (const zone of territories.filter((t) => t.niveau === 'zone' && t.code_region === code && t.en_zone)) expect(opened.text).toContain(zone.libelle);
    expect(await chartAxisProblems(opened.page, 7)).toEqual([]);
    await opened.page.close();
  });

  it('une zone dont les actes de la semaine sont masqués : « secret statistique », jamais 0', async () => {
    const emptied = new Set(territories.filter((t) => t.niveau === 'zone' && t.code_region === emptyRegion).map((t) => t.code_geo));
    const masked = exported.find(
      (r) =>
        r.indicateur === 'consultations' && r.type_periode === 'semaine' && r.periode === current['semaine'] && r.niveau === 'zone' && r.statut === 'secret' && !emptied.has(r.code_geo),
    );
    expect(masked, 'la démonstration a une zone masquée la dernière semaine').toBeDefined();
    const zone = territories.find((t) => t.niveau === 'zone' && t.code_geo === masked!.code_geo)!;
    const opened = await open(`/zones/${zone.code_geo}/`, 'Semaine par semaine', 'tableau-de-bord-zone');
    expect(opened.problems).toEqual([]);
    expect(opened.text).toContain(zone.libelle);
    expect(await cardValue(opened.page, 'consultations')).toBe('secret statistique');
    expect((await indicatorRow(opened.page, 'consultations'))[1]).toBe('secret statistique');
    expect(await mismatches(opened, 'zone', zone.code_geo)).toEqual([]);
    // the context of the zone: APL, patients without a médecin traitant, GPs aged 60+, emergency care
    for (const id of ['apl_mg', 'part_17plus_sans_mt', 'part_mg_60plus', 'temps_acces_urgences']) {
      expect(await cardValue(opened.page, id), id).not.toBe('');
    }
    expect(await chartAxisProblems(opened.page, 5)).toEqual([]);
    await opened.page.close();
  });

  it('une semaine vide : aucun rejet, aucune alerte, une région sans rien de publié, dit en français', async () => {
    const failures: string[] = [];
    const check = (path: string, opened: OpenedPage, expected: string[]) => {
      failures.push(...opened.problems.map((p) => `${path} : ${p}`));
      for (const text of expected) if (!opened.text.includes(text)) failures.push(`${path} : « ${text} » absent`);
      const broken = /undefined|NaN|No Results|No records|Dataset is empty|Error in Query|\bnull\b/.exec(opened.text);
      if (broken) failures.push(`${path} : « ${broken[0]} » affiché`);
    };

    const quality = await open('/qualite/', 'Rejets par motif', 'tableau-de-bord-qualite-vide');
    check('/qualite/', quality, ['Aucune ligne rejetée']);
    await quality.page.close();

    const alerts = await open('/alertes/', 'Zones sans activité', 'tableau-de-bord-alertes-vides');
    check('/alertes/', alerts, []);
    const counts = await alerts.page.locator('tr[data-alerte] td:nth-child(2)').allInnerTexts();
    expect(counts.length, 'un type d’alerte au moins').toBeGreaterThan(0);
    expect(counts.every((n) => n.trim() === '0'), counts.join(' ')).toBe(true);
    expect(alerts.text.match(/^Aucune\.$/gm)?.length, '« Aucune. » sous chaque type').toBe(counts.length);
    await alerts.page.close();

    const home = await open('/', 'Les chiffres clés');
    check('/', home, ['Aucune : chaque zone a eu au moins une journée réalisée']);
    await home.page.close();

    const region = territories.find((t) => t.niveau === 'region' && t.code_geo === emptyRegion)!;
    const regionPage = await open(`/regions/${emptyRegion}/`, 'Aucun chiffre clé publié', 'tableau-de-bord-region-vide');
    check(`/regions/${emptyRegion}/`, regionPage, [region.libelle, 'Aucun chiffre clé publié', 'Aucune valeur hebdomadaire publiée', 'Aucun indicateur publié']);
    await regionPage.page.close();

    const zone = territories.find((t) => t.niveau === 'zone' && t.code_region === emptyRegion && t.en_zone)!;
    const zonePage = await open(`/zones/${zone.code_geo}/`, 'Aucune semaine publiée', 'tableau-de-bord-zone-vide');
    check(`/zones/${zone.code_geo}/`, zonePage, [zone.libelle, 'Aucun chiffre clé publié', 'Aucune valeur hebdomadaire publiée', 'Aucune semaine publiée pour cette zone']);
    await zonePage.page.close();

    expect(failures).toEqual([]);
  });

  it('ouvre chaque page du site sans erreur', async () => {
    const regions = territories.filter((t) => t.niveau === 'region' && t.en_zone);
    const firstRegion = regions[0]!;
    const pages: Array<[string, string, string?]> = [
      ['/regions/', firstRegion.libelle, 'tableau-de-bord-regions'],
      ['/zones/', 'Zone (EPCI)', 'tableau-de-bord-zones'],
      ['/alertes/', 'Zones sans activité', 'tableau-de-bord-alertes'],
      ['/qualite/', 'Rejets par motif', 'tableau-de-bord-qualite'],
      ['/executions/', 'Étapes', 'tableau-de-bord-executions'],
      ['/methodologie/', 'Secret statistique', 'tableau-de-bord-methodologie'],
      ['/methodologie/sources/', 'cnam.actes'],
      ...regions.map((r): [string, string] => [`/regions/${r.code_geo}/`, r.libelle]),
      ...territories
        .filter((t) => t.niveau === 'zone' && t.code_region === firstRegion.code_geo)
        .map((z): [string, string] => [`/zones/${z.code_geo}/`, z.libelle]),
      ...indicators.map((d): [string, string, string?] => [`/methodologie/${d.id}/`, d.label, d.id === 'consultations' ? 'tableau-de-bord-fiche' : undefined]),
      ...sources.map((s): [string, string, string?] => [`/methodologie/sources/${s.id}/`, s.id, s.id === 'cnam.actes' ? 'tableau-de-bord-source' : undefined]),
    ];
    const failures: string[] = [];
    for (const [path, expected, screenshot] of pages) {
      const opened = await open(path, expected, screenshot);
      failures.push(...opened.problems.map((p) => `${path} : ${p}`));
      if (/\b\d{1,3},\d{3}\b|undefined|NaN/.test(opened.text)) failures.push(`${path} : texte anglais ou indéfini`);
      await opened.page.close();
    }
    console.log(`${pages.length} pages ouvertes.`);
    expect(failures).toEqual([]);
  });
});
