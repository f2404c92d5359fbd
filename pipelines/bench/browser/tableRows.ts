import type { Page } from 'playwright-core';

/**
 * A table of a dashboard page: an Evidence DataTable by the name of the query it shows
 * (`{ dataTable: 'loin_du_besoin' }`), or a plain HTML table by a CSS selector
 * (`{ css: 'table.indicateurs' }`).
 */
export type TableRef = { dataTable: string } | { css: string };

/** One row of a table as a person reads it. */
export interface TableRow {
  /** The text of each cell, in order, spaces normalised (`1 234` whatever the kind of space). */
  cells: string[];
  /** The same texts under the title of their column (`Rang`, `Zone (EPCI)`…). */
  byColumn: Record<string, string>;
  /** The row's own `data-*` attributes (`{ indicateur: 'consultations' }`). */
  data: Record<string, string>;
}

const WAIT_MS = 60_000;

/**
 * The rows of a table, once it is filled (at least one data row, none still loading). An Evidence
 * DataTable renders twice: a hidden copy in its full-screen `<dialog>` comes first in the page,
 * then the visible table, marked `data-testid="DataTable-<query>"`, whose data rows are `<tr>`
 * straight under `<table>` (no `<tbody>`) with `td[role=cell]` cells, the skeleton shown while
 * loading being a row of one plain `td`. Reading « the first table that contains a title » finds
 * the hidden copy, whose cells read as empty text: the visible one is read here, by its query name.
 * Rows are keyed by the titles of the last header row. Throws, in French, when the table is not
 * filled within 60 s.
 */
export async function tableRows(page: Page, table: TableRef): Promise<TableRow[]> {
  const isDataTable = 'dataTable' in table;
  const name = isDataTable ? `la table de la requête « ${table.dataTable} »` : `la table « ${table.css} »`;
  const found = page.locator(isDataTable ? `[data-testid="DataTable-${table.dataTable}"] table` : table.css).filter({ visible: true }).first();
  const cell = isDataTable ? 'td[role="cell"]' : 'td';
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const rows = (await found.count()) === 0 ? null : await found.evaluate(readRows, cell);
    if (rows && rows.length > 0 && !rows.some((r) => r.cells.some((c) => /Chargement|Loading/.test(c)))) {
      const clean = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
      return rows.map((r) => {
        const cells = r.cells.map(clean);
        return { cells, byColumn: Object.fromEntries(r.titles.map((t, i) => [clean(t), cells[i] ?? ''])), data: r.data };
      });
    }
    if (Date.now() > deadline) {
      throw new Error(
        `${name} n'a aucune ligne remplie après ${WAIT_MS / 1000} s sur ${page.url()} : attendu au moins une ligne de cellules ` +
          `(${cell}) hors chargement, trouvé ${rows === null ? 'aucune table visible' : `${rows.length} ligne(s)`}. Voyez la capture d'écran de la page dans test-results/.`,
      );
    }
    await page.waitForTimeout(250);
  }
}

/** The DOM as read in the page (the tests are compiled without the DOM library). */
interface PageElement {
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  querySelector(selector: string): PageElement | null;
  innerText: string;
  dataset: Record<string, string>;
}

/** Runs in the page: the rows holding `cell` cells, with the titles of the last header row. */
function readRows(element: unknown, cell: string): Array<{ cells: string[]; titles: string[]; data: Record<string, string> }> {
  const table = element as PageElement;
  const titles = Array.from(table.querySelectorAll('thead tr:last-child th')).map((th) => th.innerText);
  return Array.from(table.querySelectorAll('tr'))
    .filter((row) => row.querySelector(cell) !== null)
    .map((row) => ({ cells: Array.from(row.querySelectorAll(cell)).map((td) => td.innerText), titles, data: { ...row.dataset } }));
}

/** Row `n` (0: the first) of a table once filled; throws, in French, when the table has fewer rows. */
export async function tableRow(page: Page, table: TableRef, n: number): Promise<TableRow> {
  const rows = await tableRows(page, table);
  const row = rows[n];
  if (!row) throw new Error(`ligne ${n + 1} demandée, ${rows.length} ligne(s) dans ${'dataTable' in table ? `la table « ${table.dataTable} »` : `« ${table.css} »`} sur ${page.url()}.`);
  return row;
}
