/** The first semester of the docteurs juniors: nobody is en poste before (every ARS then counts 0). */
export const DJ_START = '2026-11-01';

/**
 * Named WITH steps (to follow `WITH`) shared by the docteurs juniors' indicators:
 * - `dj_snapshot_in_force`: for each period and région, its latest snapshot on or before the period's end;
 * - `dj_in_post`: the assignments `EN_POSTE` in those snapshots whose commune lies in a zone in scope
 *   at the period's end (period_type, period, num_rpps, num_rpps_msu, zonage, actes_mois_precedent, code_epci);
 * - `dj_missing_zones`: zones in scope at the end of a period from the first semester on whose région
 *   has no snapshot yet (their count is unknown).
 */
export const DJ_STEPS = `
dj_snapshot_in_force AS (
  SELECT p.period_type, p.period, s.code_region, max(s.extract_date) AS extract_date
  FROM periods p
  JOIN clean.docteurs_juniors_instantanes s ON s.extract_date <= p.period_end
  GROUP BY ALL
),
dj_in_post AS (
  SELECT DISTINCT f.period_type, f.period, d.num_rpps, d.num_rpps_msu, d.zonage, d.actes_mois_precedent, z.code_epci
  FROM dj_snapshot_in_force f
  JOIN clean.docteurs_juniors d ON d.code_region = f.code_region AND d.extract_date = f.extract_date
  JOIN zones_at_end z ON z.period_type = f.period_type AND z.period = f.period AND z.code_epci = d.code_epci
  WHERE d.statut = 'EN_POSTE'
),
dj_missing_zones AS (
  SELECT z.period_type, z.period, z.code_epci
  FROM zones_at_end z
  JOIN periods p USING (period_type, period)
  JOIN zone_scope s ON s.code_epci = z.code_epci
  WHERE p.period_end >= DATE '${DJ_START}'
    AND NOT EXISTS (SELECT 1 FROM dj_snapshot_in_force f
                    WHERE f.period_type = z.period_type AND f.period = z.period AND f.code_region = s.code_region)
),
dj_territory_status AS (
  -- zone sans instantané de sa région : sans_donnees ; territoire dont une partie des zones en manque : partiel
  SELECT z.period_type, z.period, g.level, g.geo_code,
         CASE WHEN count(m.code_epci) = count(*) THEN 'sans_donnees' WHEN count(m.code_epci) > 0 THEN 'partiel' END AS status
  FROM zones_at_end z
  JOIN zone_geo g USING (code_epci)
  LEFT JOIN dj_missing_zones m USING (period_type, period, code_epci)
  GROUP BY ALL
)`;

/**
 * The final SELECT of a count of docteurs juniors over `DJ_STEPS` and a `counted` step giving
 * `column` by period and territory: every territory of `dj_territory_status`, 0 where none is
 * counted, no value where its count is unknown (sans_donnees).
 */
export function djCountSelectSql(column: string): string {
  return `SELECT s.period_type, s.period, s.level, s.geo_code,
       CASE WHEN s.status = 'sans_donnees' THEN NULL ELSE coalesce(c.${column}, 0) END AS numerator, s.status
FROM dj_territory_status s
LEFT JOIN counted c USING (period_type, period, level, geo_code)`;
}

export const NOTE_DJ_STATE =
  'Situation à la fin de la période : pour chaque ARS, son dernier instantané (ars.docteurs_juniors) au plus tard ce jour-là ; un docteur junior qui change de lieu compte dans la zone de son dernier lieu, une affectation interrompue ou terminée ne compte plus.';
export const NOTE_DJ_PLACEMENT =
  'Une affectation compte dans la zone de l’EPCI de sa commune (code_commune), pour les zones en périmètre à la fin de la période seulement ; départements, régions et France additionnent leurs zones (un même RPPS n’y compte qu’une fois).';
export const NOTE_DJ_MISSING =
  'Avant le 01/11/2026 (premier semestre), 0. Ensuite, une zone dont la région n’a encore envoyé aucun instantané est sans_donnees, et un territoire dont une partie des zones est dans ce cas est partiel.';
export const NOTE_DJ_SECRECY =
  'Secret : un nombre de docteurs juniors est un compte de professionnels, pas de patients ni d’actes : la règle du SNDS (1 à 10) ne s’y applique pas, comme pour les volontaires ; il est publié même petit. Aucun RPPS, ni du docteur junior ni du maître de stage, ne quitte l’entrepôt.';
