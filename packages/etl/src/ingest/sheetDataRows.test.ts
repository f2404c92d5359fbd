import { describe, expect, it } from 'vitest';
import { columnDeclarationSchema, fileVariantSchema } from '../sources/sourceDeclaration.js';
import { sheetDataRows, sheetLayoutNote, type SheetLayout } from './sheetDataRows.js';
import type { SheetRow } from './xlsxSheets.js';

const columns = [
  { header: 'Code commune INSEE', id: 'code_commune', required: true },
  { header: 'APL aux médecins généralistes de 65 ans ou moins', id: 'apl_moins_65' },
].map((c) => columnDeclarationSchema.parse(c));

const variant = (v: Record<string, unknown>) => fileVariantSchema.parse({ pattern: /x/, example: 'x', format: 'xlsx', ...v });

/** Rows as ExcelJS gives them: 1-based values, blank rows absent. */
function sheet(rows: Record<number, unknown[]>): { name: string; rows: AsyncIterable<SheetRow> } {
  return {
    name: 'APL 2024',
    rows: (async function* () {
      for (const [n, values] of Object.entries(rows)) yield { number: Number(n), values: [undefined, ...values] };
    })(),
  };
}

async function read(rows: Record<number, unknown[]>, v: Record<string, unknown>) {
  const layout: SheetLayout = { positions: null, problem: null, headerRow: null, unitsRow: null, noteRows: [], ignored: [], absent: [] };
  const numbers: number[] = [];
  for await (const row of sheetDataRows(sheet(rows), columns, variant(v), layout)) numbers.push(row.number);
  return { numbers, layout };
}

const SEARCH = { headerSearch: { firstCell: 'Code commune INSEE', maxRows: 12 }, unitsRow: true, trailingNotes: true };

describe('sheetDataRows', () => {
  it('finds the header by its first non-empty cell, skips the units row, holds back the notes that end the sheet', async () => {
    const { numbers, layout } = await read(
      {
        1: ['Indicateur (APL) 2024'],
        4: ['Sources : SNIIR-AM 2024'],
        11: [null, ' Code commune INSEE ', 'APL aux médecins généralistes de 65 ans ou moins'],
        12: [null, null, 'En nombre de consultations'],
        13: [null, '02001', 3.9],
        14: [null, 'Note : commune nouvelle.'],
        15: [null, '02002', 1.1],
        17: [null, 'Source : DREES.'],
        18: [null, null, null, 'Champ : France hors Mayotte.'],
      },
      SEARCH,
    );
    expect(numbers).toEqual([13, 14, 15]);
    expect(layout).toMatchObject({ headerRow: 11, unitsRow: 12, noteRows: [17, 18], problem: null, positions: [2, 3] });
    expect(sheetLayoutNote('APL 2024', layout)).toBe("feuille APL 2024 : ligne d'unités 12 sautée, 2 ligne(s) de notes après les données, non lue(s) (lignes 17 à 18)");
  });

  it('reads the first row under the header as data when it holds a code, and a last row without a space as data', async () => {
    const { numbers, layout } = await read({ 9: ['Code commune INSEE', 'APL aux médecins généralistes de 65 ans ou moins'], 10: ['02001', 3.9], 11: ['Total'] }, SEARCH);
    expect(numbers).toEqual([10, 11]);
    expect(layout.unitsRow).toBeNull();
  });

  it('looks no further than maxRows, and says so; without headerSearch the header is at headerLine', async () => {
    const late = await read({ 13: ['Code commune INSEE', 'APL aux médecins généralistes de 65 ans ou moins'], 14: ['02001', 3.9] }, SEARCH);
    expect(late.numbers).toEqual([]);
    expect(late.layout.problem).toMatch(/^en-tête introuvable dans la feuille « APL 2024 » : aucune des 12 premières lignes ne commence par « Code commune INSEE »/);
    const fixed = await read({ 2: ['Code commune INSEE', 'APL aux médecins généralistes de 65 ans ou moins'], 3: ['02001', 3.9], 4: ['Source : DREES.'] }, { headerLine: 2 });
    expect(fixed.numbers).toEqual([3, 4]);
  });
});
