import {
  checkFreshness,
  COLUMN_TYPE_LABELS,
  columnRules,
  encodingLabel,
  FREQUENCY_LABELS,
  plainText,
  PRODUCER_LABELS,
  readableFilePattern,
  sources as declaredSources,
  versioningText,
  type FreshnessReport,
  type SourceDeclaration,
  type SourceFreshness,
  type Warehouse,
} from '@vigie/etl';

/** Statuses of ledger.files whose file counts as received (the ones `checkFreshness` reads). */
const RECEIVED = `('charge', 'charge_avec_rejets', 'doublon')`;

/** The declared part of a row of publish.sources, with the freshness verdict of `checkFreshness`. */
const ROW_TYPES = {
  rang: 'INTEGER',
  id: 'VARCHAR',
  producteur: 'VARCHAR',
  producteur_libelle: 'VARCHAR',
  libelle: 'VARCHAR',
  description: 'VARCHAR',
  motif_fichier: 'VARCHAR',
  exemple_fichier: 'VARCHAR',
  format: 'VARCHAR',
  encodage: 'VARCHAR',
  separateur: 'VARCHAR',
  mode: 'VARCHAR',
  versions: 'VARCHAR',
  frequence: 'VARCHAR',
  delai_grace_jours: 'INTEGER',
  cle: 'VARCHAR',
  colonnes: 'VARCHAR',
  fraicheur: 'VARCHAR',
  a_jour: 'BOOLEAN',
  attendu_le: 'DATE',
  situation_au: 'DATE',
} as const;
type DeclaredRow = Record<keyof typeof ROW_TYPES, string | number | boolean | null>;

/** Distinct values in declaration order, joined by « ou »; null when there is none. */
function oneOrOther(values: readonly (string | null)[]): string | null {
  const distinct = [...new Set(values.filter((v): v is string => v !== null))];
  return distinct.length > 0 ? distinct.join(' ou ') : null;
}

/**
 * The columns of a source for a person, one line each: header (and column id when it differs),
 * type, « obligatoire », then the checks of docs/sources.md, without Markdown:
 * `« Numéro RPPS » (num_rpps) — texte ; 11 chiffres, clé de Luhn`.
 */
export function sourceColumnsText(s: SourceDeclaration): string {
  const lines = s.columns.map((c) => {
    const name = c.header === c.id ? c.id : `« ${c.header} » (${c.id})`;
    const rules = columnRules(c, s.columns);
    return `${name} — ${COLUMN_TYPE_LABELS[c.type]}${c.required ? ', obligatoire' : ''}${rules ? ` ; ${rules}` : ''}`;
  });
  for (const d of s.derived) lines.push(`${d.id} (tirée du nom) — ${COLUMN_TYPE_LABELS[d.type]}, obligatoire ; ${d.label}`);
  return plainText(lines.join('\n'));
}

function declaredRow(s: SourceDeclaration, rang: number, freshness: SourceFreshness | undefined, today: string): DeclaredRow {
  const csv = s.files.filter((f) => f.format === 'csv');
  return {
    rang,
    id: s.id,
    producteur: s.producer,
    producteur_libelle: PRODUCER_LABELS[s.producer],
    libelle: s.label,
    description: plainText(s.description),
    motif_fichier: oneOrOther(s.files.map((f) => readableFilePattern(f.pattern))),
    exemple_fichier: oneOrOther(s.files.map((f) => f.example)),
    format: oneOrOther(s.files.map((f) => f.format)),
    encodage: oneOrOther(csv.map(encodingLabel)),
    separateur: oneOrOther(csv.map((f) => f.separator)),
    mode: s.versioning === 'snapshot' ? 'instantané' : 'delta',
    versions: plainText(versioningText(s)),
    frequence: FREQUENCY_LABELS[s.freshness],
    delai_grace_jours: s.graceDays,
    cle: s.key.join(', '),
    colonnes: sourceColumnsText(s),
    fraicheur: freshness?.status ?? 'non_suivie',
    a_jour: freshness ? freshness.status === 'a_jour' : null,
    attendu_le: freshness?.dueBy ?? null,
    situation_au: today,
  };
}

/**
 * Writes publish.sources: one row per declared source (from its declaration, as docs/sources.md
 * shows it), what the ledger received of it, and the freshness verdict of `checkFreshness` at
 * `today` (the same as the alert `source_en_retard`; the INSEE referential is `non_suivie`):
 * `report` when the caller already has it for `declared` at `today`, otherwise asked here.
 */
export async function writeSourcesTable(
  wh: Warehouse,
  today: string,
  declared: readonly SourceDeclaration[] = declaredSources,
  report?: FreshnessReport,
): Promise<void> {
  const verdicts = report ?? (await checkFreshness(wh, { today, sources: declared }));
  const freshness = new Map(verdicts.sources.map((f) => [f.sourceId, f]));
  const rows = declared.map((s, rang) => declaredRow(s, rang, freshness.get(s.id), today));
  await wh.run(
    `CREATE OR REPLACE TABLE publish.sources AS
     WITH declared AS (SELECT unnest(from_json($rows, '${JSON.stringify([ROW_TYPES])}'), recursive := true)),
     received AS (
       SELECT source_id,
              count(*) FILTER (WHERE status IN ${RECEIVED}) AS fichiers_charges,
              count(*) FILTER (WHERE status = 'rejete') AS fichiers_rejetes,
              max(extract_date) FILTER (WHERE status IN ${RECEIVED}) AS dernier_extrait,
              sum(rows_loaded) AS lignes_chargees,
              sum(rows_rejected) AS lignes_rejetees
       FROM ledger.files WHERE source_id IS NOT NULL GROUP BY source_id
     )
     SELECT d.id, d.producteur, d.producteur_libelle, d.libelle, d.description, d.motif_fichier, d.exemple_fichier,
            d.format, d.encodage, d.separateur, d.mode, d.versions, d.frequence, d.delai_grace_jours, d.cle, d.colonnes,
            coalesce(r.fichiers_charges, 0)::BIGINT AS fichiers_charges, coalesce(r.fichiers_rejetes, 0)::BIGINT AS fichiers_rejetes,
            r.dernier_extrait, coalesce(r.lignes_chargees, 0)::BIGINT AS lignes_chargees,
            coalesce(r.lignes_rejetees, 0)::BIGINT AS lignes_rejetees,
            d.fraicheur, d.a_jour, d.attendu_le, d.situation_au
     FROM declared d LEFT JOIN received r ON r.source_id = d.id
     ORDER BY d.rang`,
    { rows: JSON.stringify(rows) },
  );
}
