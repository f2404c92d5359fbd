import { readFileSync } from 'node:fs';

export const EXPORT_HEADER = 'indicateur;version;type_periode;periode;niveau;code_geo;valeur;numerateur;denominateur;statut;run_id';

export interface ExportRow {
  indicateur: string;
  version: string;
  type_periode: string;
  periode: string;
  niveau: string;
  code_geo: string;
  valeur: string;
  numerateur: string;
  denominateur: string;
  statut: string;
  run_id: string;
}

/** `vigie export --format csv` (interfaces.md): UTF-8, `;`, decimal comma. */
export function readExportCsv(path: string): { header: string; rows: ExportRow[] } {
  const [header = '', ...lines] = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').trimEnd().split(/\r?\n/);
  const columns = header.split(';') as Array<keyof ExportRow>;
  const rows = lines.map((l) => Object.fromEntries(l.split(';').map((v, i) => [columns[i], v])) as unknown as ExportRow);
  return { header, rows };
}

/** `1234,5` → 1234.5 ; empty → null. */
export function exportNumber(text: string): number | null {
  return text === '' ? null : Number(text.replace(',', '.'));
}
