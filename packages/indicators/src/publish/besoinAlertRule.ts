import type { AlertRule } from './alertRules.js';

/** The share of the need under which a week counts as poorly covered, and for how many weeks in a row. */
export const NEED_ALERT_SHARE = 0.25;
export const NEED_ALERT_WEEKS = 4;

const AS_OF = `getvariable('vigie_as_of')`;

/**
 * besoin_peu_couvert: a zone in scope whose weekly taux_couverture_besoin (as published, after
 * secrecy) stayed under 25 % for at least the last 4 consecutive weeks; a week without data (need 0
 * or unknown) breaks the run. Reads publish."values", written just before the alerts.
 */
export const besoinAlertRule: AlertRule = {
  type: 'besoin_peu_couvert',
  title: 'Besoin peu couvert',
  description: `Zone dont la part du besoin couverte (journées réalisées ÷ journées nécessaires) est restée sous ${NEED_ALERT_SHARE * 100} % chacune des ${NEED_ALERT_WEEKS} dernières semaines, ou plus.`,
  sql: `
WITH weekly AS (
  SELECT geo_code AS code_epci, period_end, value
  FROM publish."values"
  WHERE indicator_id = 'taux_couverture_besoin' AND level = 'zone' AND period_type = 'semaine' AND period_end <= ${AS_OF}
),
breaks AS (
  -- la dernière semaine qui n'était pas sous le seuil (ou sans donnée)
  SELECT code_epci, max(period_end) FILTER (WHERE value IS NULL OR value >= ${NEED_ALERT_SHARE}) AS last_break
  FROM weekly GROUP BY code_epci
),
runs AS (
  SELECT w.code_epci, count(*) AS weeks, min(w.period_end) - 6 AS since, max(w.period_end) AS last_week,
         arg_max(w.value, w.period_end) AS last_value
  FROM weekly w JOIN breaks b USING (code_epci)
  WHERE b.last_break IS NULL OR w.period_end > b.last_break
  GROUP BY w.code_epci
),
zones AS (
  SELECT code_epci, any_value(libelle) AS libelle FROM zone_scope
  WHERE date_designation <= ${AS_OF} AND (date_retrait IS NULL OR date_retrait > ${AS_OF})
  GROUP BY code_epci
)
SELECT 'zone' AS niveau, r.code_epci AS code_geo, z.libelle,
       'Part du besoin couverte sous ${NEED_ALERT_SHARE * 100} % depuis ' || r.weeks || ' semaines consécutives (depuis le '
       || strftime(r.since, '%d/%m/%Y') || ') ; la dernière semaine : ' || replace(printf('%.1f', r.last_value * 100), '.', ',') || ' %.' AS detail,
       r.last_week AS date
FROM runs r
JOIN zones z USING (code_epci)
WHERE r.weeks >= ${NEED_ALERT_WEEKS} AND r.last_week = ${AS_OF}`,
};
