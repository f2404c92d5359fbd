import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sources } from '@vigie/etl';
import { indicators } from '@vigie/indicators';
import { runVigieOk } from '../support/runVigie.js';
import { exportNumber, type ExportRow } from '../support/oracle/readExportCsv.js';
import { chartAxisProblems } from './chartAxisProblems.js';
import { buildDashboardSite, type DashboardSite } from './dashboardSite.js';
import { displayedValueMismatch } from './displayedValue.js';
import { cardValue, indicatorRows, openDashboardPage, pageReady, plainSpaces, type OpenedPage } from '../../pipelines/bench/browser/openDashboardPage.js';
import { navigateInApp } from '../../pipelines/bench/browser/navigateInApp.js';
import { tableRow, tableRows } from '../../pipelines/bench/browser/tableRows.js';

/**
 * The dashboard a director opens on Monday, built ONCE (dashboardSite.ts) from a real publication
 * running into December 2026 (the docteurs juniors arrive in November), opened in Chromium with
 * nothing reachable beyond localhost. Every figure checked on a page is the exported value; every
 * page opens without a console error; the empty cases (no rejected row, no alert, a région and
 * its zones with nothing published) say « aucun … » in French. The key figures are those the
 * published catalogue ranks (`ordre_cle`, declared by the definitions). Screenshots go to test-results/.
 */
const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results');
const UNTIL = '2026-12-27'; // a Sunday: week 52 of 2026
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** DuckDB's order of text (byte order), as the pages' `order by … libelle`. */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe('tableau de bord (publication de démonstration, une seule construction)', () => {
  let s: DashboardSite;
  let keyFigures: string[];
  const isPart = (id: string) => s.catalogue.find((c) => c.id === id)?.unite === '%';

  /** The exported row of an indicator for the current week, month or cumul of a territory. */
  function exportedValue(indicator: string, periodType: 'semaine' | 'mois' | 'cumul', level: string, code: string): ExportRow {
    const row = s.exported.find(
      (r) => r.indicateur === indicator && r.type_periode === periodType && r.periode === s.current[periodType] && r.niveau === level && r.code_geo === code,
    );
    if (!row) throw new Error(`aucune ligne exportée pour ${indicator} ${periodType} ${s.current[periodType]} ${level} ${code}`);
    return row;
  }
  const shownAs = (shown: string, indicator: string, periodType: 'semaine' | 'mois' | 'cumul', level: string, code: string) =>
    displayedValueMismatch(shown, exportedValue(indicator, periodType, level, code), isPart(indicator));
  const number = (indicator: string, periodType: 'semaine' | 'mois' | 'cumul', level: string, code: string) =>
    s.exported.find((r) => r.indicateur === indicator && r.type_periode === periodType && r.periode === s.current[periodType] && r.niveau === level && r.code_geo === code);
  const zoneName = (code: string) => s.territories.find((t) => t.niveau === 'zone' && t.code_geo === code)!.libelle;

  /** Every key card and every row of « tous les indicateurs » of an opened page, against the export. */
  async function mismatches(opened: OpenedPage, level: string, code: string): Promise<string[]> {
    const found: Array<string | null> = [];
    const published = new Set(s.exported.filter((r) => r.niveau === level && r.code_geo === code).map((r) => r.indicateur));
    for (const id of keyFigures.filter((k) => published.has(k))) found.push(shownAs(await cardValue(opened.page, id), id, 'semaine', level, code));
    const rows = await indicatorRows(opened.page);
    for (const { id, periodicity } of indicators.filter((d) => published.has(d.id))) {
      const [, week = '', , month = '', , cumul = ''] = rows.get(id) ?? [];
      // primes_dj_eur has no weekly value (indicators.md: periods mois and cumul)
      if (periodicity.includes('semaine')) found.push(shownAs(week, id, 'semaine', level, code));
      found.push(shownAs(month, id, 'mois', level, code), shownAs(cumul, id, 'cumul', level, code));
    }
    return found.filter((m): m is string => m !== null);
  }

  const open = (path: string, expected: string, screenshot?: string, measureReady = false) =>
    openDashboardPage(s.browser, s.site.url, path, expected, screenshot ? { dir: SCREENSHOTS, name: screenshot } : undefined, measureReady);
  /** Prints when a page was ready for a reader (first key figure, charts drawn): a figure, never a check. */
  const printReady = (what: string, opened: OpenedPage) =>
    console.log(`${what} prête en ${opened.readyMs} ms (navigateur neuf, premier chiffre clé et courbes dessinées ; requête à DuckDB du navigateur : ${opened.loadMs} ms).`);

  beforeAll(async () => {
    s = await buildDashboardSite(UNTIL);
    keyFigures = s.catalogue.filter((c) => c.ordre_cle !== null).sort((a, b) => a.ordre_cle! - b.ordre_cle!).map((c) => c.id);
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 1_800_000); // demo, run and a build of several minutes (much longer on a busy machine)

  afterAll(async () => {
    await s?.close();
  });

  it('Accueil : les chiffres clés du catalogue, dans son ordre, et chaque indicateur national sont les valeurs exportées, en français', async () => {
    expect(s.current.semaine).toBe('2026-S52');
    expect(keyFigures).toHaveLength(7);
    const home = await open('/', 'Les chiffres clés', 'tableau-de-bord-accueil', true);
    printReady('Accueil', home);
    expect(home.problems).toEqual([]);
    expect(home.text).toContain('Données de démonstration');
    expect(home.text).toContain('semaine 52 de 2026');
    expect(home.text).toContain('du 21/12/2026 au 27/12/2026');
    expect(home.text).toContain('décembre 2026 (au 27/12/2026)');
    const cards = await home.page.locator('div.cartes').first().locator('a.carte').evaluateAll((as) => as.map((a) => a.getAttribute('data-indicateur')));
    expect(cards).toEqual(keyFigures);
    expect(await mismatches(home, 'national', 'FR')).toEqual([]);
    // the région table: one column per indicator the catalogue ranks in the territory tables (ordre_tableau),
    // the last week's values, one row per région with zones
    const regionColumns = s.catalogue.filter((c) => c.ordre_tableau !== null && s.exported.some((r) => r.indicateur === c.id && r.niveau === 'region'))
      .sort((a, b) => a.ordre_tableau! - b.ordre_tableau!);
    const byRegion = await tableRows(home.page, { css: 'table[data-table="par-region"]' });
    expect(byRegion.length).toBe(s.territories.filter((t) => t.niveau === 'region' && t.en_zone).length);
    expect(Object.keys(byRegion[0]!.byColumn).slice(1)).toEqual(regionColumns.map((c) => c.libelle));
    const shownRegion = s.territories.find((t) => t.niveau === 'region' && t.en_zone && t.code_geo !== s.emptyRegion)!;
    const regionRow = byRegion.find((r) => r.byColumn['Région'] === shownRegion.libelle);
    expect(regionRow, shownRegion.libelle).toBeDefined();
    for (const c of regionColumns) expect(shownAs(regionRow!.byColumn[c.libelle] ?? '', c.id, 'semaine', 'region', shownRegion.code_geo), c.id).toBeNull();
    expect(home.text).not.toMatch(/\b\d{1,3},\d{3}\b/); // no English thousands separator (« 1,234 »)
    expect(home.text).not.toMatch(/\d\.\d/); // no decimal point
    expect(home.text).not.toMatch(/undefined|NaN|See more|Links|No Results/);
    await home.page.close();
  });

  it('une région : ses chiffres, ses zones classées, les plus loin de leur besoin d’abord, ses docteurs juniors, comme l’export', async () => {
    // the région with docteurs juniors that has the most zones
    const zonesOf = (region: string) => s.territories.filter((t) => t.niveau === 'zone' && t.code_region === region && t.en_zone);
    const code = s.territories
      .filter((t) => t.niveau === 'region' && t.code_geo !== s.emptyRegion && (exportNumber(number('dj_en_poste', 'semaine', 'region', t.code_geo)?.valeur ?? '') ?? 0) > 0)
      .map((t) => t.code_geo)
      .sort((a, b) => zonesOf(b).length - zonesOf(a).length || byText(a, b))[0]!;
    const region = s.territories.find((t) => t.niveau === 'region' && t.code_geo === code)!;
    const opened = await open(`/regions/${code}/`, 'Les zones de la région', 'tableau-de-bord-region', true);
    printReady(`Région ${code}`, opened);
    expect(opened.problems).toEqual([]);
    expect(opened.text).toContain(region.libelle);
    expect(await mismatches(opened, 'region', code)).toEqual([]);
    for (const zone of zonesOf(code)) expect(opened.text).toContain(zone.libelle);

    // ranked by days per 10 000 inhabitants since the launch (then by name): the first is the export's highest
    const cumulOf = (id: string, zone: string) => exportNumber(number(id, 'cumul', 'zone', zone)?.valeur ?? '');
    // the zone of the région that comes first by an indicator's cumul (then by name)
    const rankedFirst = (id: string, order: 'croissant' | 'decroissant') =>
      zonesOf(code)
        .filter((z) => cumulOf(id, z.code_geo) !== null)
        .sort((a, b) => (order === 'croissant' ? 1 : -1) * (cumulOf(id, a.code_geo)! - cumulOf(id, b.code_geo)!) || byText(a.libelle, b.libelle))[0]!;
    // the table of zones: one column per indicator the catalogue ranks in the territory tables
    // (ordre_tableau), titled by its libellé, values since the launch; ranked by the one it marks classe_zones
    const zonesTable = { css: 'table[data-table="zones-classees"]' };
    const title = (id: string) => s.catalogue.find((c) => c.id === id)!.libelle;
    const ranking = s.catalogue.filter((c) => c.classe_zones).map((c) => c.id);
    expect(ranking).toEqual(['jours_pour_10000_hab']);
    const best = rankedFirst('jours_pour_10000_hab', 'decroissant');
    const first = await tableRow(opened.page, zonesTable, 0);
    expect(first.byColumn['Rang']).toBe('1');
    expect(first.byColumn['Zone (EPCI)']).toBe(best.libelle);
    expect(shownAs(first.byColumn[title('jours_pour_10000_hab')] ?? '', 'jours_pour_10000_hab', 'cumul', 'zone', best.code_geo)).toBeNull();
    expect(shownAs(first.byColumn[title('jours_realises')] ?? '', 'jours_realises', 'cumul', 'zone', best.code_geo)).toBeNull();
    const columns = s.catalogue.filter((c) => c.ordre_tableau !== null).sort((a, b) => a.ordre_tableau! - b.ordre_tableau!);
    const zoneColumns = columns.filter((c) => s.exported.some((r) => r.indicateur === c.id && r.niveau === 'zone'));
    expect(Object.keys(first.byColumn).slice(4)).toEqual(zoneColumns.map((c) => c.libelle));
    for (const c of zoneColumns) expect(shownAs(first.byColumn[c.libelle] ?? '', c.id, 'cumul', 'zone', best.code_geo), c.id).toBeNull();
    // « Couverte » is the published territoires.couverte, for every zone of the table
    const covered = await tableRows(opened.page, zonesTable);
    expect(covered.map((r) => `${r.byColumn['Zone (EPCI)']} : ${r.byColumn['Couverte']}`).sort()).toEqual(
      zonesOf(code).map((z) => `${z.libelle} : ${z.couverte ? 'oui' : 'non'}`).sort(),
    );

    // the zones furthest from their need: the lowest share of the need covered since the launch first (then by name)
    const lowest = rankedFirst('taux_couverture_besoin', 'croissant');
    const need = await tableRow(opened.page, { dataTable: 'loin_du_besoin' }, 0);
    expect(need.byColumn['Rang']).toBe('1');
    expect(need.byColumn['Zone (EPCI)']).toBe(lowest.libelle);
    expect(need.byColumn['Région']).toBe(region.libelle);
    expect(shownAs(need.byColumn['Part du besoin couverte depuis le lancement'] ?? '', 'taux_couverture_besoin', 'cumul', 'zone', lowest.code_geo)).toBeNull();
    expect(shownAs(need.byColumn['Journées nécessaires par mois'] ?? '', 'besoin_journees_mois', 'cumul', 'zone', lowest.code_geo)).toBeNull();
    expect(shownAs(need.byColumn['Journées réalisées depuis le lancement'] ?? '', 'jours_realises', 'cumul', 'zone', lowest.code_geo)).toBeNull();

    expect(shownAs(await cardValue(opened.page, 'dj_en_poste'), 'dj_en_poste', 'semaine', 'region', code)).toBeNull();
    expect(shownAs(await cardValue(opened.page, 'primes_dj_eur'), 'primes_dj_eur', 'cumul', 'region', code)).toBeNull();
    expect(await chartAxisProblems(opened.page, 7)).toEqual([]);

    // the next page: a zone of the table, opened from the région in the same tab
    const next = await tableRow(opened.page, zonesTable, 0);
    const clicked = Date.now();
    await opened.page.locator('table[data-table="zones-classees"] a', { hasText: next.byColumn['Zone (EPCI)']! }).first().click();
    await opened.page.getByText('Semaine par semaine').filter({ visible: true }).first().waitFor({ timeout: 60_000 });
    const nextReady = await pageReady(opened.page);
    console.log(`Page suivante (zone ${next.byColumn['Zone (EPCI)']}, ouverte depuis la région) prête en ${nextReady ? Date.now() - clicked : -1} ms.`);
    expect(opened.page.url()).toMatch(/\/zones\/\d{9}\/$/);
    await opened.page.close();
  });

  it('une zone dont les actes de la semaine sont masqués : « secret statistique », jamais 0', async () => {
    const emptied = new Set(s.territories.filter((t) => t.niveau === 'zone' && t.code_region === s.emptyRegion).map((t) => t.code_geo));
    const masked = s.exported.find(
      (r) => r.indicateur === 'consultations' && r.type_periode === 'semaine' && r.periode === s.current.semaine && r.niveau === 'zone' && r.statut === 'secret' && !emptied.has(r.code_geo),
    );
    expect(masked, 'la démonstration a une zone masquée la dernière semaine').toBeDefined();
    const zone = masked!.code_geo;
    const opened = await open(`/zones/${zone}/`, 'Semaine par semaine', 'tableau-de-bord-zone', true);
    printReady(`Zone ${zone}`, opened);
    expect(opened.problems).toEqual([]);
    expect(opened.text).toContain(zoneName(zone));
    expect(await cardValue(opened.page, 'consultations')).toBe('secret statistique');
    expect((await indicatorRows(opened.page)).get('consultations')?.[1]).toBe('secret statistique');
    expect(await mismatches(opened, 'zone', zone)).toEqual([]);
    // the context of the zone: APL, patients without a médecin traitant, GPs aged 60+, emergency care
    for (const id of ['apl_mg', 'part_17plus_sans_mt', 'part_mg_60plus', 'temps_acces_urgences']) expect(await cardValue(opened.page, id), id).not.toBe('');
    expect(await chartAxisProblems(opened.page, 5)).toEqual([]);
    await opened.page.close();
  });

  /** A zone (outside the emptied région) with a docteur junior en poste and a need this week. */
  const juniorZone = () =>
    s.exported.find(
      (r) => r.indicateur === 'dj_en_poste' && r.type_periode === 'semaine' && r.periode === s.current.semaine && r.niveau === 'zone'
        && s.territories.find((t) => t.niveau === 'zone' && t.code_geo === r.code_geo)?.code_region !== s.emptyRegion
        && (exportNumber(r.valeur) ?? 0) > 0 && (exportNumber(number('besoin_journees_mois', 'semaine', 'zone', r.code_geo)?.valeur ?? '') ?? 0) > 0,
    )?.code_geo;

  it('une zone avec des docteurs juniors : besoin estimé, part couverte et docteurs juniors sont ceux de l’export', async () => {
    const zone = juniorZone();
    expect(zone, 'une zone avec un docteur junior et un besoin').toBeDefined();
    const opened = await open(`/zones/${zone}/`, 'Besoin estimé et réalisé', 'tableau-de-bord-zone-besoin');
    expect(opened.problems).toEqual([]);
    const text = (t: string) => plainSpaces(t).trim();
    expect(shownAs(text(await opened.page.locator('[data-besoin-mois]').innerText()), 'besoin_journees_mois', 'semaine', 'zone', zone!)).toBeNull();
    expect(shownAs(text(await opened.page.locator('[data-jauge="cumul"] .jauge-valeur').innerText()), 'taux_couverture_besoin', 'cumul', 'zone', zone!)).toBeNull();
    expect(shownAs(text(await opened.page.locator('[data-jauge="semaine"] .jauge-valeur').innerText()), 'taux_couverture_besoin', 'semaine', 'zone', zone!)).toBeNull();
    // the one line: the published « journées manquantes par mois » and pace of the last 4 weeks, as vigie export gives them
    expect(opened.text).toMatch(/Il faudrait \d[\d ]* journées de volontaires de plus par mois|la mission couvre le besoin estimé/);
    const missing = exportedValue('journees_manquantes_mois', 'semaine', 'zone', zone!);
    expect(Number(await opened.page.locator('[data-besoin-manque]').getAttribute('data-besoin-manque'))).toBe(exportNumber(missing.valeur));
    if ((exportNumber(missing.valeur) ?? 0) > 0) {
      expect(shownAs(text(await opened.page.locator('[data-journees-manquantes]').innerText()), 'journees_manquantes_mois', 'semaine', 'zone', zone!)).toBeNull();
    }
    expect(shownAs(text(await opened.page.locator('[data-rythme]').innerText()), 'rythme_journees_mois', 'semaine', 'zone', zone!)).toBeNull();
    // and they are what the page used to compute: the need minus the last 4 weeks' days × 30,44 ÷ 28, rounded up
    const realised = s.exported
      .filter((r) => r.indicateur === 'jours_realises' && r.type_periode === 'semaine' && r.niveau === 'zone' && r.code_geo === zone)
      .sort((a, b) => b.periode.localeCompare(a.periode)).slice(0, 4)
      .reduce((sum, r) => sum + (exportNumber(r.valeur) ?? 0), 0);
    expect(exportNumber(exportedValue('rythme_journees_mois', 'semaine', 'zone', zone!).valeur)).toBeCloseTo((realised * 30.44) / 28, 5);
    const need = exportNumber(exportedValue('besoin_journees_mois', 'semaine', 'zone', zone!).valeur)!;
    expect(exportNumber(missing.valeur)).toBe(Math.ceil(Number(Math.max(0, need - (realised * 30.44) / 28).toFixed(6))));
    expect(shownAs(await cardValue(opened.page, 'dj_en_poste'), 'dj_en_poste', 'semaine', 'zone', zone!)).toBeNull();
    await opened.page.close();
  });

  it('« D’où vient ce chiffre » : la fiche liste les fichiers (nom, SHA-256) que vigie explain donne pour une valeur', async () => {
    // a zone's days since the launch, for a zone with some: its journées files contributed rows
    const zone = s.exported.find(
      (r) => r.indicateur === 'jours_realises' && r.type_periode === 'cumul' && r.periode === s.current.cumul && r.niveau === 'zone' && (exportNumber(r.valeur) ?? 0) > 0
        && s.territories.find((t) => t.niveau === 'zone' && t.code_geo === r.code_geo)?.code_region !== s.emptyRegion,
    )?.code_geo;
    expect(zone, 'une zone avec des journées réalisées depuis le lancement').toBeDefined();
    const explained = runVigieOk(['explain', 'jours_realises', '--periode', s.current.cumul, '--niveau', 'zone', '--code', zone!], s.env).stdout;
    // « | ars/journees_76_2026-S52.csv | ars.journees | <sha-256> | … » under « D’où vient ce chiffre »
    const files = explained
      .slice(explained.search(/D.où vient ce chiffre/))
      .split('\n')
      .map((line) => line.split('|').map((c) => c.trim()))
      .filter((c) => /^[0-9a-f]{64}$/.test(c[3] ?? ''))
      .map((c) => ({ name: c[1]!, sha: c[3]! }));
    expect(files.length, 'vigie explain liste des fichiers').toBeGreaterThan(0);
    expect(files.some((f) => f.name.startsWith('ars/journees_')), 'dont des journées').toBe(true);
    const opened = await open('/methodologie/jours_realises/', 'D\'où vient ce chiffre', 'tableau-de-bord-fiche-lignage');
    expect(opened.problems).toEqual([]);
    const listed = new Set((await tableRows(opened.page, { css: 'table.lignage' })).map((r) => `${r.byColumn['Fichier']} ${(r.byColumn['SHA-256'] ?? '').slice(0, 12)}`));
    expect(files.map((f) => `${f.name} ${f.sha.slice(0, 12)}`).filter((f) => !listed.has(f))).toEqual([]);
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
    const alerts = await open('/alertes/', 'Zones sans activité', 'tableau-de-bord-alertes-vides');
    check('/alertes/', alerts, []);
    const counts = (await tableRows(alerts.page, { css: 'table.indicateurs' })).filter((r) => r.data['alerte']).map((r) => r.cells[1] ?? '');
    expect(counts.length, 'un type d’alerte au moins').toBeGreaterThan(0);
    expect(counts.every((n) => n === '0'), counts.join(' ')).toBe(true);
    expect(alerts.text.match(/^Aucune\.$/gm)?.length, '« Aucune. » sous chaque type').toBe(counts.length);
    await alerts.page.close();

    const pages: Array<[string, string, string | undefined, string[]]> = [
      ['/qualite/', 'Rejets par motif', 'tableau-de-bord-qualite-vide', ['Aucune ligne rejetée']],
      ['/', 'Les chiffres clés', undefined, ['Aucune : chaque zone a eu au moins une journée réalisée']],
    ];
    const region = s.territories.find((t) => t.niveau === 'region' && t.code_geo === s.emptyRegion)!;
    pages.push([`/regions/${s.emptyRegion}/`, 'Aucun chiffre clé publié', 'tableau-de-bord-region-vide',
      [region.libelle, 'Aucun chiffre clé publié', 'Aucune valeur hebdomadaire publiée', 'Aucun indicateur publié']]);
    const zone = s.territories.find((t) => t.niveau === 'zone' && t.code_region === s.emptyRegion && t.en_zone)!;
    pages.push([`/zones/${zone.code_geo}/`, 'Aucune semaine publiée', 'tableau-de-bord-zone-vide',
      [zone.libelle, 'Aucun chiffre clé publié', 'Aucune valeur hebdomadaire publiée', 'Aucune semaine publiée pour cette zone']]);
    for (const [path, expected, screenshot, texts] of pages) {
      const opened = await open(path, expected, screenshot);
      check(path, opened, texts);
      await opened.page.close();
    }
    expect(failures).toEqual([]);
  });

  it('ouvre chaque page du site sans erreur', async () => {
    const regions = s.territories.filter((t) => t.niveau === 'region' && t.en_zone);
    const firstRegion = regions[0]!;
    type SitePage = { path: string; expected: string; screenshot?: string; direct?: boolean };
    const pages: SitePage[] = [
      { path: '/regions/', expected: firstRegion.libelle, screenshot: 'tableau-de-bord-regions', direct: true },
      { path: '/zones/', expected: 'Zone (EPCI)', screenshot: 'tableau-de-bord-zones', direct: true },
      { path: '/alertes/', expected: 'Zones sans activité', screenshot: 'tableau-de-bord-alertes', direct: true },
      { path: '/qualite/', expected: 'Rejets par motif', screenshot: 'tableau-de-bord-qualite', direct: true },
      { path: '/executions/', expected: 'Étapes', screenshot: 'tableau-de-bord-executions', direct: true },
      { path: '/methodologie/', expected: 'Secret statistique', screenshot: 'tableau-de-bord-methodologie', direct: true },
      { path: '/methodologie/sources/', expected: 'cnam.actes', direct: true },
      ...regions.map((r, n) => ({ path: `/regions/${r.code_geo}/`, expected: r.libelle, direct: n === 0 })),
      ...s.territories
        .filter((t) => t.niveau === 'zone' && t.code_region === firstRegion.code_geo)
        .map((z, n) => ({ path: `/zones/${z.code_geo}/`, expected: z.libelle, direct: n === 0 })),
      ...indicators.map((d) => ({ path: `/methodologie/${d.id}/`, expected: d.label, ...(d.id === 'consultations' ? { screenshot: 'tableau-de-bord-fiche', direct: true } : {}) })),
      ...sources.map((src) => ({ path: `/methodologie/sources/${src.id}/`, expected: src.id, ...(src.id === 'cnam.actes' ? { screenshot: 'tableau-de-bord-source', direct: true } : {}) })),
    ];
    const failures: string[] = [];
    const check = (path: string, problems: string[], text: string) => {
      failures.push(...problems.map((p) => `${path} : ${p}`));
      if (/\b\d{1,3},\d{3}\b|undefined|NaN/.test(text)) failures.push(`${path} : texte anglais ou indéfini`);
    };
    // Each kind of page opened from its address in a new browser (its prerendered page or the
    // app's shell, started with its own DuckDB), then EVERY page reached in one tab by following a
    // link, as a reader goes from page to page: each shows its own content, with no error.
    const direct = pages.filter((p) => p.direct);
    for (const { path, expected, screenshot } of direct) {
      const opened = await open(path, expected, screenshot);
      check(path, opened.problems, opened.text);
      await opened.page.close();
    }
    const tab = await open('/', 'Les chiffres clés');
    check('/', tab.problems, tab.text);
    for (const { path, expected } of pages) {
      const reached = await navigateInApp(tab, path, expected);
      check(`${path} (lien)`, reached.problems, reached.text);
    }
    await tab.page.close();
    console.log(`${direct.length + 1} pages ouvertes depuis leur adresse, ${pages.length} atteintes par un lien.`);
    expect(failures).toEqual([]);
  });
});
