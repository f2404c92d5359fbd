import type { Warehouse } from '@vigie/etl';
import { indicators } from '../definitions/indicators.js';
import type { IndicatorDefinition } from '../definitions/indicatorDefinition.js';
import { formatDateFr, formatNumberFr, LEVEL_LABELS } from './frenchFormat.js';
import { renderFiche } from './renderFiche.js';
import { VALUE_FILES_SQL } from '../audit/valueFilesSql.js';

export interface ExplainOptions {
  id: string;
  periode?: string;
  niveau?: string;
  code?: string;
}

function periodTypeOf(periode: string): string {
  if (/^\d{4}-S\d{2}$/.test(periode)) return 'semaine';
  if (/^\d{4}-\d{2}$/.test(periode)) return 'mois';
  if (/^\d{4}-\d{2}-\d{2}$/.test(periode)) return 'cumul';
  throw new Error(`Période « ${periode} » non reconnue : attendu 2025-S37 (semaine), 2025-10 (mois) ou 2025-10-31 (cumul).`);
}

function normaliseLevel(niveau: string): string {
  const level = niveau.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  if (!(level in LEVEL_LABELS)) throw new Error(`Niveau « ${niveau} » inconnu : attendu zone, departement, region ou national.`);
  return level;
}

/**
 * The fiche of an indicator in French and, when a period, level or code is given, how that
 * published value was computed: value, version, run, input files with SHA-256 and rows.
 */
export async function explainIndicator(wh: Warehouse | null, options: ExplainOptions): Promise<string> {
  const def = indicators.find((d) => d.id === options.id);
  if (!def) {
    throw new Error(`Indicateur « ${options.id} » inconnu. Indicateurs disponibles : ${indicators.map((d) => d.id).join(', ')}.`);
  }
  const fiche = renderFiche(def);
  if (options.periode === undefined && options.niveau === undefined && options.code === undefined) return fiche;
  if (!wh) return `${fiche}\n## Valeur\n\nEntrepôt introuvable : seule la fiche est affichée.\n`;
  return `${fiche}\n${await explainValue(wh, def, options)}`;
}

async function explainValue(wh: Warehouse, def: IndicatorDefinition, options: ExplainOptions): Promise<string> {
  const exists = await wh.one<{ n: number }>(`SELECT count(*) AS n FROM duckdb_tables() WHERE schema_name = 'publish' AND table_name = 'values'`);
  if (!exists?.n) return '## Valeur\n\nRien n’est encore publié dans cet entrepôt (lancez « vigie run »).\n';
  const level = normaliseLevel(options.niveau ?? (options.code && options.code !== 'FR' ? 'zone' : 'national'));
  const code = options.code ?? (level === 'national' ? 'FR' : undefined);
  if (!code) throw new Error(`Indiquez --code pour le niveau ${level} (code EPCI, département ou région).`);
  const latestWeek = await wh.one<{ period: string }>(
    `SELECT period FROM publish."values" WHERE indicator_id = $id AND period_type = 'semaine' ORDER BY period_end DESC LIMIT 1`,
    { id: def.id },
  );
  const periode = options.periode ?? latestWeek?.period;
  if (!periode) return `## Valeur\n\nAucune valeur publiée pour ${def.id}.\n`;
  const value = await wh.one<Record<string, unknown>>(
    `SELECT v.*, r.pipeline, r.trigger, r.started_at, r.ended_at, r.status AS run_status, r.as_of
     FROM publish."values" v LEFT JOIN ledger.runs r USING (run_id)
     WHERE v.indicator_id = $id AND v.period_type = $type AND v.period = $period AND v.level = $level AND v.geo_code = $code`,
    { id: def.id, type: periodTypeOf(periode), period: periode, level, code },
  );
  const where = `${periode}, ${LEVEL_LABELS[level]} ${code}`;
  if (!value) return `## Valeur\n\nAucune valeur publiée pour ${def.id}, ${where} (période hors calendrier, territoire hors périmètre ou niveau non prévu pour cet indicateur).\n`;
  const secret = value['status'] === 'secret';
  const lines = [
    `## Valeur publiée : ${where}`,
    '',
    `- Valeur : ${secret ? 'masquée (secret statistique)' : `${formatNumberFr(value['value'] as number | null, 4)} ${def.unit}`}`,
    `- Numérateur : ${secret ? 'masqué' : formatNumberFr(value['numerator'] as number | null, 4)} ; dénominateur : ${secret ? 'masqué' : formatNumberFr(value['denominator'] as number | null, 4)}`,
    `- Statut : ${String(value['status'])}`,
    `- Période : du ${formatDateFr(value['period_start'] as string)} au ${formatDateFr(value['period_end'] as string)}`,
    `- Version de la définition : ${String(value['version'])}${value['version'] !== def.version ? ` (la définition actuelle est en version ${def.version} : le SQL ci-dessus est celui de la version actuelle ; celui de la version ${String(value['version'])} suit)` : ''}`,
    `- Exécution : ${String(value['run_id'])}` +
      (value['pipeline']
        ? ` (pipeline ${String(value['pipeline'])}, ${String(value['trigger'])}, démarrée le ${formatDateFr(value['started_at'] as string)}, statut ${String(value['run_status'])})`
        : ' (absente du journal des exécutions)'),
  ];
  const files = await valueFiles(wh, def, value);
  lines.push('', `## D’où vient ce chiffre : fichiers d’entrée (${files.length})`, '');
  if (files.length === 0) lines.push('Aucun fichier enregistré pour cette exécution et ces sources (indicators.lineage_files, ledger.run_files).');
  else {
    lines.push('| fichier | source | SHA-256 | extrait du | lignes utilisées | chargées | rejetées |', '|---|---|---|---|---|---|---|');
    for (const f of files) {
      lines.push(
        `| ${String(f['path'])} | ${String(f['source_id'])} | ${String(f['file_id'])} | ${formatDateFr(f['extract_date'] as string | null)} | ` +
          `${formatNumberFr(f['rows_used'] as number | null)} | ${formatNumberFr(f['rows_loaded'] as number)} | ${formatNumberFr(f['rows_rejected'] as number)} |`,
      );
    }
    lines.push(
      '',
      'Lignes utilisées : pour les journées et les actes, les lignes du fichier datées dans la période à un lieu du territoire ; ' +
        'pour les autres sources, les lignes chargées du fichier. Aucun fichier daté après la date de l’exécution n’est listé.',
    );
  }
  lines.push('', `Pour recalculer cette valeur à partir de ces fichiers : vigie verifier ${def.id} --periode ${periode} --niveau ${level} --code ${code}.`);
  const recorded = await recordedVersion(wh, def.id, value['version'] as number);
  if (recorded && value['version'] !== def.version) {
    lines.push('', `## Calcul de la version ${String(value['version'])} (texte enregistré, SQL DuckDB)`, '', '```sql', recorded.sql, '```');
  }
  return `${lines.join('\n')}\n`;
}

async function hasTable(wh: Warehouse, schema: string, table: string): Promise<boolean> {
  const row = await wh.one<{ n: number }>(`SELECT count(*) AS n FROM duckdb_tables() WHERE schema_name = $schema AND table_name = $table`, { schema, table });
  return (row?.n ?? 0) > 0;
}

/** The files of one value: from the lineage when recorded, else every file of the run's sources. */
async function valueFiles(wh: Warehouse, def: IndicatorDefinition, value: Record<string, unknown>): Promise<Record<string, unknown>[]> {
  const run = value['run_id'] as string;
  if ((await hasTable(wh, 'indicators', 'lineage_files')) && (await hasTable(wh, 'publish', 'territoires'))) {
    const recorded = await wh.one('SELECT 1 FROM indicators.lineage_files WHERE run_id = $run LIMIT 1', { run });
    if (recorded) {
      return wh.all(VALUE_FILES_SQL, {
        run,
        id: def.id,
        start: String(value['period_start']),
        end: String(value['period_end']),
        level: value['level'] as string,
        geo: value['geo_code'] as string,
      });
    }
  }
  return wh.all<Record<string, unknown>>(
    `SELECT f.path, f.source_id, f.file_id, f.extract_date, f.rows_loaded AS rows_used, f.rows_read, f.rows_loaded, f.rows_rejected
     FROM ledger.run_files rf JOIN ledger.files f USING (file_id)
     WHERE rf.run_id = $run AND f.status IN ('charge', 'charge_avec_rejets')
       AND (list_contains($sources::VARCHAR[], f.source_id) OR list_contains($sources::VARCHAR[], split_part(f.source_id, '.', 1)))
     ORDER BY f.source_id, f.path`,
    { run, sources: `[${def.sources.map((s) => `'${s}'`).join(',')}]` },
  );
}

/** The recorded text of one version (indicators.definition_versions), when kept. */
async function recordedVersion(wh: Warehouse, id: string, version: number): Promise<{ sql: string } | undefined> {
  if (!(await hasTable(wh, 'indicators', 'definition_versions'))) return undefined;
  return wh.one<{ sql: string }>('SELECT sql FROM indicators.definition_versions WHERE indicator_id = $id AND version = $version', { id, version });
}
