import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { urgencesSource } from '../sources/urgencesSource.js';
import { findCsvHeader, readFirstLines } from './findCsvHeader.js';

const dir = mkdtempSync(join(tmpdir(), 'vigie-csv-header-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const SEARCH = { headerLine: 1, separator: ';', headerSearch: { firstCell: 'Code commune', maxRows: 5 } };
// A DREES table saved as CSV from its workbook: BOM, title lines padded with separators, CRLF.
const TITLED = [
  "\ufeffDiagnostic d'accès aux soins de médecine d'urgence par commune;;",
  'Temps de trajet en minutes;;',
  ';;',
  "Code commune INSEE;Temps d'accès SU (min);Temps d'accès SMUR (min)",
  '01001;12,5;18,0',
].join('\r\n');

describe('findCsvHeader', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds the header under title lines by one of its fields, an alias of firstCell included, line numbered as an editor does', async () => {
    const found = await findCsvHeader(file('titled.csv', TITLED), SEARCH, urgencesSource.columns);
    expect(found).toEqual({ line: 4, text: "Code commune INSEE;Temps d'accès SU (min);Temps d'accès SMUR (min)", searched: 5 });
  });

  it('finds it in any position and whatever the spaces and case; line 1 with a BOM', async () => {
    const text = "\ufeffTemps d'accès SU (min); CODE  COMMUNE ;Temps d'accès SMUR (min)\n12,5;01001;18,0\n";
    expect(await findCsvHeader(file('bom.csv', text), SEARCH, urgencesSource.columns)).toMatchObject({ line: 1 });
  });

  it('looks no further than maxRows, and says how far it looked', async () => {
    const text = ['titre', 'a', 'b', 'c', 'd', 'Code commune;x;y', '01001;1;2'].join('\n');
    expect(await findCsvHeader(file('far.csv', text), SEARCH, urgencesSource.columns)).toEqual({ line: 0, text: null, searched: 5 });
  });

  it('returns a header written with another separator, for the caller to name the separator', async () => {
    const text = "Titre,,\nCode commune,Temps d'accès SU (min),Temps d'accès SMUR (min)\n";
    expect(await findCsvHeader(file('comma.csv', text), SEARCH, urgencesSource.columns)).toMatchObject({ line: 2, text: "Code commune,Temps d'accès SU (min),Temps d'accès SMUR (min)" });
  });

  it('without headerSearch, the header is the declared line', async () => {
    const found = await findCsvHeader(file('fixed.csv', TITLED), { headerLine: 2, separator: ';' }, urgencesSource.columns);
    expect(found).toMatchObject({ line: 2, text: 'Temps de trajet en minutes;;' });
  });

  it('readFirstLines drops the BOM and the CR of CRLF ends', async () => {
    expect(await readFirstLines(file('lines.csv', TITLED), 2)).toEqual(["Diagnostic d'accès aux soins de médecine d'urgence par commune;;", 'Temps de trajet en minutes;;']);
  });
});
