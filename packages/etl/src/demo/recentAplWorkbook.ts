/** One sheet of the recent DREES APL workbook: its year, the wording of its vintage, its communes. */
export interface RecentAplSheet {
  year: number;
  /** `ou` (2024 vintage: `de 65 ans ou moins`) or `et` (2022, 2023 vintages: `de 65 ans et moins`). */
  wording?: 'ou' | 'et';
  /** Year of the populations in the labels (two years before the APL's in DREES's files). */
  populationYear?: number;
  /** Code, commune, APL all ages, ≤ 65, ≤ 62, ≤ 60, standardised population, total population. */
  rows: unknown[][];
  /** The header as written, when a test needs another one. */
  header?: string[];
  /** Rows after the data (blank rows and notes); default: a blank row and two notes. */
  trailer?: unknown[][];
}

/** The recent header of a sheet: `Population … <year>`, `… ans ou moins` or `… ans et moins`, trailing spaces as DREES leaves them. */
export function recentAplHeader(wording: 'ou' | 'et', populationYear: number): string[] {
  return [
    'Code commune INSEE',
    'Commune ',
    'APL aux médecins généralistes ',
    `APL aux médecins généralistes de 65 ans ${wording} moins`,
    `APL aux médecins généralistes de 62 ans ${wording} moins `,
    `APL aux médecins généralistes de 60 ans ${wording} moins`,
    `Population standardisée ${populationYear} pour la médecine générale`,
    `Population totale ${populationYear} `,
  ];
}

/**
 * A workbook laid out as DREES publishes the APL today, for the demo and the tests of drees.apl
 * (as public readers of the real file show: they read sheets `APL 2022`…`APL 2024` with `skip=8`, look for the row holding `Code commune
 * INSEE`, drop the row of units under it): a notice sheet first, then per year a sheet
 * `APL <AAAA>` with 8 rows of title, vintage, sources, field and reading notes, the header on
 * row 9, a row of units, the communes (codes as text), then a blank row and notes.
 */
export async function recentAplWorkbook(sheets: readonly RecentAplSheet[], options: { stamp?: Date } = {}): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs'); // loaded when a workbook is written, not at every start
  const wb = new ExcelJS.Workbook();
  if (options.stamp) {
    // the same bytes every time (the demo): fixed author and dates
    wb.creator = 'DREES';
    wb.lastModifiedBy = 'DREES';
    wb.created = options.stamp;
    wb.modified = options.stamp;
  }
  const notice = wb.addWorksheet('Présentation');
  notice.addRow(["Indicateur d'accessibilité potentielle localisée (APL) aux médecins généralistes"]);
  notice.addRow(["L'APL mesure le nombre de consultations ou visites accessibles par habitant et par an."]);
  for (const s of sheets) {
    const ws = wb.addWorksheet(`APL ${s.year}`);
    ws.addRow([`Indicateur d'accessibilité potentielle localisée (APL) ${s.year} aux médecins généralistes`]);
    ws.addRow([]);
    ws.addRow([`Millésime : ${s.year}`]);
    ws.addRow([`Sources : SNIIR-AM ${s.year}, EGB, CNAM ; populations par sexe et âge ${s.populationYear ?? s.year - 2}, distancier METRIC-OSRM, INSEE ; traitements DREES.`]);
    ws.addRow(['Champ : France hors Mayotte.']);
    ws.addRow(["Lecture : en moyenne, les habitants de la commune ont accès à 3,2 consultations par an."]);
    ws.addRow(['Note : pour agréger des communes, pondérer par la population standardisée.']);
    ws.addRow([]);
    ws.addRow(s.header ?? recentAplHeader(s.wording ?? 'ou', s.populationYear ?? s.year - 2));
    const unit = 'En nombre de consultations/visites accessibles par habitant standardisé';
    ws.addRow([null, null, unit, unit, unit, unit, "En nombre d'habitants standardisés", "En nombre d'habitants"]);
    for (const r of s.rows) ws.addRow(r);
    for (const r of s.trailer ?? [[], ['Source : DREES, APL aux médecins généralistes.'], ['Champ : France hors Mayotte.']]) ws.addRow(r);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
