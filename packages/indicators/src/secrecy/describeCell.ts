import { COUNT_GROUPS, type CountGroupId } from './countGroups.js';
import type { SecrecyCells } from './secrecyCells.js';

const frDate = (iso: string) => iso.split('-').reverse().join('/');

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

const PERIOD_TYPE_LABEL: Record<string, string> = { semaine: 'semaine', mois: 'mois', cumul: 'cumul' };

/** « actes, zone 200000001, semaine du 08/09/2025 au 14/09/2025 » */
export function describeCell(cells: SecrecyCells, c: number): string {
  const group = cells.group[c] as CountGroupId;
  const [level, code] = (cells.geo[c] as string).split(':') as [string, string];
  const from = cells.from[c] as string;
  const to = cells.to[c] as string;
  const type = PERIOD_TYPE_LABEL[cells.periodType[c] as string] ?? String(cells.periodType[c]);
  let span: string;
  switch (COUNT_GROUPS[group].axis) {
    case 'jours':
      span = `${type} du ${frDate(nextDay(from))} au ${frDate(to)}`;
      break;
    case 'mois':
      span = `${type}, enquêtes de ${nextMonth(from).split('-').reverse().join('/')} à ${to.split('-').reverse().join('/')}`;
      break;
    case 'constant':
      span = 'toutes périodes (stock trimestriel)';
      break;
    default: {
      const [kind, dates] = to.split(':') as [string, string];
      const [start, end] = (dates ?? '').split('/') as [string, string];
      span = `${kind} du ${frDate(start)} au ${frDate(end)}`;
    }
  }
  return `${COUNT_GROUPS[group].label}, ${level === 'national' ? 'France' : `${level} ${code}`}, ${span}`;
}
