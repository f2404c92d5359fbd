import { formatDuration, formatNumber, formatPercent } from '@vigie/core';

export type BenchRow =
  | {
      what: string;
      vigie: number;
      /** Without a reference (the site's rows), the ratio is Vigie / the target (`vigieAtMost`). */
      reference?: number;
      unit: 'ms' | 'octets';
      /** ratioAtMost: Vigie / référence ; vigieAtMost: Vigie seul ; site: la cible compte le site, que cette ligne ne mesure pas. */
      target: { ratioAtMost?: number; vigieAtMost?: number; site?: boolean };
      referenceLabel?: string;
    }
  | { what: string; unmeasured: string };

function amount(value: number, unit: 'ms' | 'octets'): string {
  if (unit === 'ms') return formatDuration(value);
  return value >= 1024 ** 3 ? `${formatNumber(value / 1024 ** 3, 2)} Go` : `${formatNumber(value / 1e6, 1)} Mo`;
}

function ratioText(ratio: number, asPercent: boolean): string {
  return asPercent ? formatPercent(ratio, 0) : `${formatNumber(ratio, 2)} ×`;
}

/** One row's cells: quoi | Vigie | référence | rapport | cible | atteint ? */
function cells(row: BenchRow): string[] {
  if ('unmeasured' in row) return [row.what, '—', '—', '—', '—', row.unmeasured];
  if (row.vigie < 0) return [row.what, 'jamais prête', '—', '—', row.target.vigieAtMost === undefined ? '—' : `≤ ${amount(row.target.vigieAtMost, row.unit)}`, 'non : la page n’a jamais été prête'];
  const against = row.reference ?? row.target.vigieAtMost ?? Number.NaN;
  const ratio = row.vigie / against;
  const asPercent = row.target.ratioAtMost !== undefined && row.target.ratioAtMost < 1;
  const reference =
    row.reference === undefined ? '— (rapport à la cible)' : `${amount(row.reference, row.unit)}${row.referenceLabel ? ` (${row.referenceLabel})` : ''}`;
  let target = '';
  let met = true;
  let missedBy = '';
  if (row.target.ratioAtMost !== undefined) {
    target = `≤ ${ratioText(row.target.ratioAtMost, asPercent)}${row.target.site ? ' (site compris)' : ''}`;
    met = ratio <= row.target.ratioAtMost;
    missedBy = `manqué : ${ratioText(ratio, asPercent)} pour ${ratioText(row.target.ratioAtMost, asPercent)}`;
  } else if (row.target.vigieAtMost !== undefined) {
    target = `≤ ${amount(row.target.vigieAtMost, row.unit)}`;
    met = row.vigie <= row.target.vigieAtMost;
    missedBy = `manqué de ${amount(row.vigie - row.target.vigieAtMost, row.unit)}`;
  }
  const verdict = met ? (row.target.site ? 'oui, hors site (non mesuré ici)' : 'oui') : `non, ${missedBy}`;
  return [row.what, amount(row.vigie, row.unit), reference, ratioText(ratio, asPercent), target, verdict];
}

/** The bench's table, in Markdown (it pastes into the README as is). */
export function formatBenchTable(rows: readonly BenchRow[]): string {
  const lines = [['quoi', 'Vigie', 'référence', 'rapport', 'cible', 'atteint ?'], ...rows.map(cells)];
  return lines.map((cols, i) => `| ${cols.join(' | ')} |${i === 0 ? '\n|---|---|---|---|---|---|' : ''}`).join('\n');
}
