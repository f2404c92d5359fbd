import { addDays, formatDate } from '@vigie/core';
import type { SourceDeclaration } from '../sources/sourceDeclaration.js';
import { sources as declaredSources } from '../sources/sources.js';
import { FREQUENCY_LABELS } from '../sources/sourceTexts.js';
import type { Warehouse } from '../warehouse/openWarehouse.js';

/** Length of the period a source's extract covers, in days. */
const PERIOD_DAYS: Record<SourceDeclaration['freshness'], number> = { weekly: 7, monthly: 31, quarterly: 92, yearly: 366 };

/** Every followed source's verdict, and the late or never received ones among them. */
export interface FreshnessReport {
  sources: SourceFreshness[];
  late: SourceFreshness[];
}

export interface SourceFreshness {
  sourceId: string;
  label: string;
  frequency: string;
  /** Date of the latest extract loaded (from its name), or null when none was ever loaded. */
  latestExtract: string | null;
  /** The date after which the source is late: next period's end plus the declared grace days. */
  dueBy: string | null;
  status: 'a_jour' | 'en_retard' | 'jamais_recu';
  message: string;
}

/**
 * Is each source's latest extract as recent as its declared frequency promises? A source is late
 * when `today` is past the end of the period after its latest extract plus its grace days. The
 * INSEE referential is embedded by default and never late. Extracts dated after `today` do not
 * count (a backfill sees the situation of its own date). A file with the same bytes as an
 * earlier one (`doublon`, an unchanged snapshot) still shows that the producer sent it.
 */
export async function checkFreshness(
  wh: Warehouse,
  options: { today: string; sources?: readonly SourceDeclaration[] },
): Promise<FreshnessReport> {
  const latest = await wh.all<{ source_id: string; latest: string }>(
    `SELECT source_id, max(extract_date)::VARCHAR AS latest FROM ledger.files
     WHERE status IN ('charge', 'charge_avec_rejets', 'doublon') AND source_id IS NOT NULL AND extract_date IS NOT NULL
       AND extract_date <= $today::DATE
     GROUP BY source_id`,
    { today: options.today },
  );
  const bySource = new Map(latest.map((r) => [r.source_id, r.latest]));
  const result = (options.sources ?? declaredSources)
    .filter((s) => s.producer !== 'insee')
    .map((s): SourceFreshness => {
      const frequency = FREQUENCY_LABELS[s.freshness];
      const last = bySource.get(s.id) ?? null;
      if (!last) {
        return { sourceId: s.id, label: s.label, frequency, latestExtract: null, dueBy: null, status: 'jamais_recu', message: `${s.id} (${s.label}) : aucun extrait reçu ; déposez-en un dans l'inbox.` };
      }
      const dueBy = addDays(last, PERIOD_DAYS[s.freshness] + s.graceDays);
      const late = options.today > dueBy;
      return {
        sourceId: s.id,
        label: s.label,
        frequency,
        latestExtract: last,
        dueBy,
        status: late ? 'en_retard' : 'a_jour',
        message: late
          ? `${s.id} (${s.label}) : dernier extrait du ${formatDate(last)}, le suivant (fréquence ${frequency}) était attendu au plus tard le ${formatDate(dueBy)}.`
          : `${s.id} : à jour (dernier extrait du ${formatDate(last)}).`,
      };
    });
  return { sources: result, late: result.filter((r) => r.status !== 'a_jour') };
}
