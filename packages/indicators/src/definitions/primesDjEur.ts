import { defineIndicator } from './indicatorDefinition.js';
import { CREATED, NOTE_GEO } from './conventions.js';
import { datedParameterSql } from './datedParameterSql.js';
import { DJ_START, DJ_STEPS, NOTE_DJ_PLACEMENT, NOTE_DJ_STATE } from './docteursJuniorsSql.js';
import { exactSumSql } from './exactSumSql.js';

export const primesDjEur = defineIndicator({
  id: 'primes_dj_eur',
  version: 1,
  theme: 'Docteurs juniors',
  label: 'Primes des docteurs juniors et de leurs maîtres de stage (€)',
  definition:
    'Σ sur chaque mois civil terminé dans la période (un mois : lui-même une fois fini ; un cumul : chaque mois fini à sa date), à la fin du mois : 1 000 € par docteur junior en poste en ZIP ; 1 800 € (600 + 1 200) par maître de stage (MSU) distinct des docteurs juniors en poste, plus 800 € pour un MSU dont au moins un docteur junior est en ZIP, ZAC ou QPV.',
  kind: 'count',
  numerator: 'Primes mensuelles des docteurs juniors en ZIP et rémunérations des MSU (€)',
  denominator: null,
  unit: '€',
  scale: 1,
  periodicity: ['mois', 'cumul'],
  levels: ['region', 'national'],
  sources: ['ars.docteurs_juniors', 'drees.zones', 'insee'],
  secrecy: { numerator: null, denominator: null, rule: 'Aucun : un montant, publié par région et pour la France, pas un compte de patients ou d’actes.' },
  dependsOn: [],
  limits: [
    'Montants : paramètres datés de config/parametres.json en vigueur le dernier jour de chaque mois (au 01/11/2026 : prime_dj_zip 1 000 €, prime_msu_honoraires_pedagogiques 600 €, prime_msu_compensation 1 200 €, prime_msu_zone 800 €).',
    'Le mois en cours ne compte pas tant qu’il n’est pas fini (un mois arrêté à un dimanche vaut 0) ; une semaine n’a pas de valeur.',
    'Montants calculés sur les situations de fin de mois, pas sur les paiements effectifs ; la prime semestrielle de 500 € (200 actes par mois en moyenne) n’est pas comptée (voir dj_seuil_200_actes).',
    'Un MSU compte une fois par mois et par territoire, dans la région de chacun de ses docteurs juniors en poste (une fois pour la France) ; seuls les docteurs juniors des zones en périmètre comptent.',
    'Partiel quand, à la fin d’un des mois comptés (depuis le 01/11/2026), une région d’une zone du territoire n’avait envoyé aucun instantané ; sans_donnees quand c’était le cas à la fin de chacun de ces mois.',
    NOTE_DJ_STATE, NOTE_DJ_PLACEMENT, NOTE_GEO,
  ],
  changes: [CREATED],
  sql: `
WITH ${DJ_STEPS},
dj_zip AS (SELECT * FROM ${datedParameterSql('prime_dj_zip', 1000, DJ_START)}),
msu_teaching AS (SELECT * FROM ${datedParameterSql('prime_msu_honoraires_pedagogiques', 600, DJ_START)}),
msu_compensation AS (SELECT * FROM ${datedParameterSql('prime_msu_compensation', 1200, DJ_START)}),
msu_zone AS (SELECT * FROM ${datedParameterSql('prime_msu_zone', 800, DJ_START)}),
ended_months AS (
  -- les mois civils finis : leur situation est celle de la période « mois » qui finit leur dernier jour
  SELECT p.period, p.period_end
  FROM periods p
  WHERE p.period_type = 'mois' AND p.period_end = last_day(p.period_start)
),
month_rates AS (
  SELECT m.period, m.period_end, a.valeur AS dj_zip
  FROM ended_months m ASOF LEFT JOIN dj_zip a ON m.period_end >= a.date_debut
),
month_rates_2 AS (
  SELECT m.*, b.valeur AS msu_teaching FROM month_rates m ASOF LEFT JOIN msu_teaching b ON m.period_end >= b.date_debut
),
month_rates_3 AS (
  SELECT m.*, c.valeur AS msu_compensation FROM month_rates_2 m ASOF LEFT JOIN msu_compensation c ON m.period_end >= c.date_debut
),
rates AS (
  SELECT m.*, d.valeur AS msu_zone FROM month_rates_3 m ASOF LEFT JOIN msu_zone d ON m.period_end >= d.date_debut
),
month_juniors AS (
  SELECT d.period AS month, g.level, g.geo_code, d.num_rpps, d.num_rpps_msu, d.zonage
  FROM dj_in_post d
  JOIN zone_geo g USING (code_epci)
  WHERE d.period_type = 'mois' AND d.period IN (SELECT period FROM ended_months) AND g.level IN ('region', 'national')
),
junior_amounts AS (
  SELECT month, level, geo_code, count(DISTINCT num_rpps) FILTER (WHERE zonage = 'ZIP') AS juniors_zip
  FROM month_juniors GROUP BY ALL
),
msu AS (
  SELECT month, level, geo_code, num_rpps_msu, bool_or(zonage IN ('ZIP', 'ZAC', 'QPV')) AS in_priority_area
  FROM month_juniors GROUP BY ALL
),
msu_amounts AS (
  SELECT month, level, geo_code, count(*) AS supervisors, count(*) FILTER (WHERE in_priority_area) AS supervisors_zone
  FROM msu GROUP BY ALL
),
monthly AS (
  SELECT j.month, j.level, j.geo_code,
         j.juniors_zip * coalesce(r.dj_zip, 0)
         + m.supervisors * (coalesce(r.msu_teaching, 0) + coalesce(r.msu_compensation, 0))
         + m.supervisors_zone * coalesce(r.msu_zone, 0) AS euros
  FROM junior_amounts j
  JOIN msu_amounts m USING (month, level, geo_code)
  JOIN rates r ON r.period = j.month
),
months_of_period AS (
  -- chaque mois fini dans la période : un mois lui-même, un cumul tous les mois finis à sa date
  SELECT p.period_type, p.period, m.period AS month
  FROM periods p
  JOIN ended_months m ON m.period_end BETWEEN p.period_start AND p.period_end
  WHERE p.period_type IN ('mois', 'cumul')
),
missing AS (
  SELECT o.period_type, o.period, s.level, s.geo_code,
         bool_and(coalesce(s.status, 'ok') = 'sans_donnees') AS unknown, bool_or(s.status IS NOT NULL) AS incomplete
  FROM months_of_period o
  JOIN dj_territory_status s ON s.period_type = 'mois' AND s.period = o.month
  GROUP BY ALL
),
summed AS (
  SELECT o.period_type, o.period, y.level, y.geo_code, ${exactSumSql('y.euros')} AS euros
  FROM months_of_period o
  JOIN monthly y ON y.month = o.month
  GROUP BY ALL
)
SELECT u.period_type, u.period, u.level, u.geo_code, coalesce(s.euros, 0) AS numerator,
       CASE WHEN m.unknown THEN 'sans_donnees' WHEN m.incomplete THEN 'partiel' END AS status
FROM (SELECT DISTINCT period_type, period, level, geo_code FROM geo_universe WHERE level IN ('region', 'national')) u
LEFT JOIN summed s USING (period_type, period, level, geo_code)
LEFT JOIN missing m USING (period_type, period, level, geo_code)`,
});
