import type { ExportRow } from '../support/oracle/readExportCsv.js';

/**
 * Checks that a figure as the dashboard shows it (« 1 234,5 », « 12,3 % », « 1 200 € »,
 * « secret statistique », « sans données ») is the exported value: same status, and the same
 * number to the precision shown (a part is shown in percent). Returns a French description of
 * the difference, or null when they agree.
 */
export function displayedValueMismatch(shown: string, row: ExportRow, isPart: boolean): string | null {
  const where = `${row.indicateur} ${row.type_periode} ${row.periode} ${row.niveau} ${row.code_geo}`;
  if (row.statut === 'secret') return shown === 'secret statistique' ? null : `${where} : masqué dans l'export, affiché « ${shown} »`;
  if (row.valeur === '') return shown === 'sans données' ? null : `${where} : sans valeur dans l'export, affiché « ${shown} »`;
  const match = /^([−-]?[\d ]+)(?:,(\d+))?(?: (%|€))?$/.exec(shown);
  if (!match) return `${where} : « ${shown} » n'est pas un nombre écrit en français`;
  const [, whole = '', decimals = '', unit] = match;
  if (isPart !== (unit === '%')) return `${where} : « ${shown} » ${isPart ? 'devrait' : 'ne devrait pas'} être en pourcentage`;
  const displayed = Number(`${whole.replace(/ /g, '').replace('−', '-')}.${decimals || '0'}`);
  const exported = Number(row.valeur.replace(',', '.')) * (isPart ? 100 : 1);
  const tolerance = 0.5 * 10 ** -decimals.length + 1e-9;
  return Math.abs(displayed - exported) <= tolerance ? null : `${where} : export ${exported}, affiché « ${shown} »`;
}
