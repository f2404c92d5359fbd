import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Warehouse } from '../warehouse/index.js';
import { memoryWarehouse } from '../testing/memoryWarehouse.js';
import { type FixtureFile, writeInbox } from '../testing/writeInbox.js';
import { ingestInbox } from './ingestInbox.js';

/**
 * CSV files in producers' layouts (hand-written after DREES tables saved as CSV from a workbook and
 * ameli tables: title lines above the header, a BOM, notes after the data), read through a whole
 * ingest: line numbers stay those of the file, notes are counted in the file's message.
 */
const URGENCES = "Code commune;Temps d'accès SU (min);Temps d'accès SMUR (min)";
const TITLED_URGENCES = [
  "Diagnostic d'accès aux soins de médecine d'urgence par commune;;", // 1 (after the BOM)
  'Temps de trajet en minutes, distancier METRIC;;', // 2
  ';;', // 3
  "Code commune INSEE;Temps d'accès SU (min);Temps d'accès SMUR (min)", // 4: the header, in the APL's wording
  '84019;40,3;21,7', // 5
  '84064;-16,1;12,5', // 6: negative time
  '99999;17,6;32,9', // 7: unknown commune
  '', // 8
  '84078;24,8;16,7', // 9
  ';;', // 10
  'Source : DREES-DGOS, 2024.;;', // 11
  'Champ : France entière, hors Mayotte.;;', // 12
];
const EFFECTIFS = 'annee;profession_sante;region;departement;libelle_classe_age;libelle_sexe;effectif;densite';
const MG = 'Médecins généralistes (hors médecins à expertise particulière)';

describe('stageCsvGroup: producers\' CSV layouts', { timeout: 60_000 }, () => {
  let wh: Warehouse;
  let inboxes: string[];
  beforeEach(async () => {
    wh = await memoryWarehouse();
    inboxes = [];
  });
  afterEach(() => {
    for (const inbox of inboxes) rmSync(inbox, { recursive: true, force: true });
    return wh.close();
  });
  const ingest = async (files: FixtureFile[]) => {
    const inbox = writeInbox(files);
    inboxes.push(inbox);
    return (await ingestInbox(wh, { inbox, runId: 'r1' })).files;
  };
  const rejects = () => wh.all<{ path: string; line: number | null; column_name: string | null; message: string }>('SELECT path, line, column_name, message FROM ledger.rejects ORDER BY path, line');

  it('finds the header under title lines, keeps the file\'s line numbers and names the file\'s own header; counts the notes', async () => {
    const [file] = await ingest([{ path: 'drees/acces_urgences_2024.csv', lines: TITLED_URGENCES, encoding: 'utf-8-bom' }]);
    expect(file).toMatchObject({ status: 'charge_avec_rejets', rowsRead: 4, rowsLoaded: 2, rowsRejected: 2 });
    expect(file!.message).toContain('en-tête trouvé en ligne 4, lignes 1 à 3 de titre non lues');
    expect(file!.message).toContain('3 ligne(s) de notes après les données, non lue(s) (lignes 10 à 12)');
    expect(await rejects()).toEqual([
      { path: 'drees/acces_urgences_2024.csv', line: 6, column_name: "Temps d'accès SU (min)", message: expect.stringMatching(/^ligne 6, colonne "Temps d'accès SU \(min\)" : "-16,1"/) },
      { path: 'drees/acces_urgences_2024.csv', line: 7, column_name: 'Code commune INSEE', message: expect.stringMatching(/^ligne 7, colonne "Code commune INSEE" : "99999"/) },
    ]);
    expect(await wh.all('SELECT code_commune, _line FROM raw.drees_urgences ORDER BY _line')).toEqual([
      { code_commune: '84019', _line: 5 },
      { code_commune: '84078', _line: 9 },
    ]);
  });

  it('reads files of one layout together, each from its own header line', async () => {
    const plain = [URGENCES, '84019;40,3;21,7', '84064;16,1;-1'];
    const files = await ingest([
      { path: 'drees/acces_urgences_2023.csv', lines: plain },
      { path: 'drees/acces_urgences_2024.csv', lines: ['Titre;;', URGENCES, '84019;40,3;21,7', '84064;16,1;-1'] },
    ]);
    expect(files.map((f) => [f.status, f.rowsLoaded, f.message])).toEqual([
      ['charge_avec_rejets', 1, '1 ligne(s) rejetée(s) sur 2 : détail par `vigie rejects`'],
      ['charge_avec_rejets', 1, '1 ligne(s) rejetée(s) sur 2 : détail par `vigie rejects` ; en-tête trouvé en ligne 2, ligne 1 de titre non lue'],
    ]);
    expect((await rejects()).map((r) => [r.path, r.line, r.column_name])).toEqual([
      ['drees/acces_urgences_2023.csv', 3, "Temps d'accès SMUR (min)"],
      ['drees/acces_urgences_2024.csv', 4, "Temps d'accès SMUR (min)"],
    ]);
  });

  it('reads a note followed by data as data (rejected with its line), and the notes at the end as notes (Windows-1252 ameli table)', async () => {
    const [file] = await ingest([{
      path: 'cnam/effectifs_mg_2024.csv', encoding: 'windows-1252',
      lines: [
        'Effectifs et densités des médecins généralistes libéraux;;;;;;;', // 1
        EFFECTIFS, // 2
        `2024;${MG};32;02;Tout âge;tout sexe;229;2,3`, // 3
        'Note : hors médecins remplaçants;;;;;;;', // 4: data follows, so it is data
        `2024;${MG};32;60;Tout âge;tout sexe;512;1,0`, // 5
        'Source : Assurance Maladie (SNDS);;;;;;;', // 6
      ],
    }]);
    expect(file).toMatchObject({ status: 'charge_avec_rejets', rowsRead: 3, rowsLoaded: 2, rowsRejected: 1 });
    expect(file!.message).toContain('1 ligne(s) de notes après les données, non lue(s) (ligne 6)');
    const faults = await rejects();
    expect(new Set(faults.map((r) => r.line))).toEqual(new Set([4]));
    expect(faults.find((r) => r.column_name === 'annee')?.message).toMatch(/^ligne 4, colonne "annee" : "Note : hors médecins remplaçants"/);
  });

  it('rejects a file whose header is not within the first lines, or lacks a column, saying where it looked', async () => {
    const far = Array.from({ length: 25 }, (_, i) => `Titre ${i + 1};;`).concat([URGENCES, '84019;40,3;21,7']);
    const lacking = ['Titre;;', "Code commune;Temps d'accès SU (min)", '84019;40,3'];
    const comma = ['Titre,,', "Code commune,Temps d'accès SU (min),Temps d'accès SMUR (min)", '84019,40.3,21.7'];
    const [notFound, missing, commas, blank] = await ingest([
      { path: 'drees/acces_urgences_2021.csv', lines: far },
      { path: 'drees/acces_urgences_2022.csv', lines: lacking },
      { path: 'drees/acces_urgences_2023.csv', lines: comma },
      { path: 'drees/acces_urgences_2024.csv', lines: ['', '  ', ''] },
    ]);
    expect(commas).toMatchObject({ status: 'rejete', rowsRead: 1 });
    expect(commas!.message).toMatch(/^séparateur « ; » attendu, mais l'en-tête \(ligne 2\) est découpé par « , »/);
    expect(blank).toMatchObject({ status: 'rejete', message: expect.stringMatching(/^fichier vide ou sans en-tête/) });
    expect(notFound).toMatchObject({ status: 'rejete', rowsRead: 27 });
    expect(notFound!.message).toMatch(/^en-tête introuvable : aucune des 20 premières lignes n'a de colonne « Code commune »\. En-tête attendu : Code commune;Temps/);
    expect(missing).toMatchObject({ status: 'rejete', rowsRead: 1 });
    expect(missing!.message).toMatch(/^en-tête \(ligne 2\) non conforme : colonne attendue absente : "Temps d'accès SMUR \(min\)"/);
  });
});
