import { formatDate, formatNumber, formatNumberUpTo } from '@vigie/core';
import type { VerifyReport } from './verifyPublication.js';

function shown(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return typeof value === 'number' ? formatNumberUpTo(value, 6) : String(value);
}

/** The verifier's report in French: what was re-derived, from which files, and every difference. */
export function renderVerifyReport(report: VerifyReport): string {
  const lines = [
    `Vérification de la publication de l'exécution ${report.runId} (semaines jusqu'au ${formatDate(report.asOf)}) : ` +
      `${formatNumber(report.files)} fichier(s) d'entrée relus par leur SHA-256.`,
  ];
  lines.push(...socleLines(report.socleChanges));
  if (report.problems.length > 0) {
    lines.push('', `Fichiers d'entrée en défaut (${formatNumber(report.problems.length)}) :`);
    for (const p of report.problems) lines.push(`  - ${p.kind === 'absent' ? 'ABSENT' : 'MODIFIÉ'} ${p.message}`);
  }
  if (report.ingestDifferences.length > 0) {
    lines.push('', `Relecture différente de l'enregistrement (${formatNumber(report.ingestDifferences.length)}) :`);
    for (const d of report.ingestDifferences) lines.push(`  - ${d}`);
  }
  if (report.checked === 0 && report.problems.length > 0) {
    lines.push('', 'Aucune valeur recalculée : retrouvez les fichiers nommés ci-dessus (inbox, --archive) puis relancez « vigie verifier ».');
    return `${lines.join('\n')}\n`;
  }
  for (const cell of report.cells) {
    lines.push(
      '',
      `${String(cell['indicateur'])}, ${String(cell['periode'])}, ${String(cell['niveau'])} ${String(cell['code_geo'])} :`,
      `  publiée    : valeur ${shown(cell['valeur_publiee'])}, numérateur ${shown(cell['numerateur_publie'])}, dénominateur ${shown(cell['denominateur_publie'])}, statut ${shown(cell['statut_publie'])}, version ${shown(cell['version_publiee'])}`,
      `  recalculée : valeur ${shown(cell['valeur_recalculee'])}, numérateur ${shown(cell['numerateur_recalcule'])}, dénominateur ${shown(cell['denominateur_recalcule'])}, statut ${shown(cell['statut_recalcule'])}, version ${shown(cell['version_recalculee'])}`,
    );
  }
  if (report.checked === 0) {
    lines.push('', 'Aucune valeur publiée ne correspond à la demande (indicateur, période, niveau, code) : rien à comparer.');
  } else {
    lines.push(
      '',
      `${formatNumber(report.checked)} valeur(s) comparée(s) : ${formatNumber(report.equal)} identique(s) au bit près, ` +
        `${formatNumber(report.differenceCount)} différente(s).`,
    );
  }
  if (report.differences.length > 0) {
    lines.push('', `Différences${report.differenceCount > report.differences.length ? ` (les ${report.differences.length} premières)` : ''} :`);
    for (const d of report.differences) lines.push(`  - ${d.indicateur}, ${d.periode}, ${d.niveau} ${d.code_geo} : ${d.ecart}`);
  }
  lines.push('', report.ok ? 'Résultat : chaque valeur vérifiée est re-dérivée à l’identique.' : 'Résultat : ÉCHEC de la vérification (voir ci-dessus).');
  return `${lines.join('\n')}\n`;
}

/** What the report says of the common base (prepared relations, clean tables, Vigie's version). */
function socleLines(changes: string[] | null): string[] {
  if (changes === null) {
    return ['', 'Socle commun (relations préparées, tables propres, version de Vigie) : non enregistré par cette publication, plus ancienne ; recalcul avec le socle installé.'];
  }
  if (changes.length === 0) return ['', 'Socle commun (relations préparées, tables propres, version de Vigie) : identique à celui de la publication.'];
  return [
    '',
    `Socle commun changé depuis la publication (${formatNumber(changes.length)}) : le recalcul se fait avec le socle installé ; une différence de valeur ci-dessous peut en venir (texte enregistré : socle.parquet de la publication).`,
    ...changes.map((c) => `  - ${c}`),
  ];
}
