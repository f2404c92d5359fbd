/**
 * A synthetic national-shaped warehouse, generated in DuckDB for benchmarks: 13 régions, 96
 * départements, 1 200 EPCI of which 161 are zones (10 designated on 15/01/2026), 3 lieux per zone
 * and 50 outside, realised/cancelled days, `acts` acts, weekly volunteer snapshots, monthly
 * surveys and the context files. Values are arbitrary but deterministic.
 */
export function syntheticWarehouseSql(acts: number): string {
  return `
INSERT INTO ref.regions SELECT lpad(CAST(r AS VARCHAR), 2, '0'), 'Région ' || r FROM range(1, 14) t(r);
INSERT INTO ref.departements SELECT lpad(CAST(d AS VARCHAR), 2, '0'), 'Département ' || d, lpad(CAST(d % 13 + 1 AS VARCHAR), 2, '0') FROM range(1, 97) t(d);
INSERT INTO ref.epci SELECT CAST(200000000 + e AS VARCHAR), 'EPCI ' || e, 5000 + (e * 7919) % 40000,
  lpad(CAST(e % 96 + 1 AS VARCHAR), 2, '0'), lpad(CAST((e % 96 + 1) % 13 + 1 AS VARCHAR), 2, '0') FROM range(1200) t(e);
INSERT INTO ref.communes SELECT e.code_departement || lpad(CAST(e2.c AS VARCHAR), 3, '0') || CAST(i AS VARCHAR), 'Commune', e.code_departement, e.code_region, e.code_epci, e.population // 5
  FROM (SELECT *, row_number() OVER () AS c FROM ref.epci) e2 JOIN ref.epci e USING (code_epci), range(5) t(i);
INSERT INTO ref.parametres VALUES ('indemnite_journaliere', DATE '2025-09-01', 200);
INSERT INTO clean.zones SELECT code_epci, libelle, code_region, CASE WHEN n > 151 THEN DATE '2026-01-15' ELSE DATE '2025-06-27' END, 'pilote', NULL
  FROM (SELECT *, row_number() OVER (ORDER BY code_epci) AS n FROM ref.epci) WHERE n % 7 = 0 AND n <= 161 * 7;
INSERT INTO clean.lieux (siret, nom_lieu, type_lieu, adresse, code_commune, code_epci, date_ouverture, date_fermeture, code_region_ars) SELECT lpad(CAST(row_number() OVER () AS VARCHAR), 14, '1'), 'Lieu', 'MSP', 'adresse', NULL, code_epci, DATE '2025-08-01', NULL, code_region
  FROM clean.zones, range(3) t(i);
INSERT INTO clean.lieux (siret, nom_lieu, type_lieu, adresse, code_commune, code_epci, date_ouverture, date_fermeture, code_region_ars) SELECT lpad(CAST(900000 + e AS VARCHAR), 14, '9'), 'Lieu hors zone', 'CDS', 'adresse', NULL, CAST(200000000 + e AS VARCHAR), DATE '2025-08-01', NULL, '01' FROM range(1, 51) t(e);
CREATE TEMP TABLE lieu_ids AS SELECT siret, row_number() OVER (ORDER BY siret) AS n FROM clean.lieux;
INSERT INTO clean.journees (date, num_rpps, siret_lieu, creneau, statut, nb_rdv_proposes, nb_rdv_pris, unites)
  SELECT CAST(d AS DATE), lpad(CAST(10000000000 + (l.n * 31 + day(d)) % 5000 AS VARCHAR), 11, '1'), l.siret,
         CASE WHEN (l.n + day(d)) % 4 = 0 THEN 'MATIN' ELSE 'JOURNEE' END,
         CASE WHEN (l.n * 13 + day(d)) % 17 = 0 THEN 'ANNULEE' ELSE 'REALISEE' END, 10, 8, 1
  FROM lieu_ids l, generate_series(DATE '2025-09-01', DATE '2026-11-22', INTERVAL 1 DAY) t(d)
  WHERE (l.n * 7 + dayofyear(d)) % 5 = 0;
SET VARIABLE acts_per_day = (SELECT CAST(ceil(${acts} / count(*)) AS INTEGER) FROM clean.journees WHERE statut = 'REALISEE');
INSERT INTO clean.actes
  SELECT 'A' || n, "date", num_rpps, siret_lieu, CASE WHEN n % 20 = 0 THEN 'VG' ELSE 'G' END,
         sha256(CAST(n % ${Math.max(1, Math.floor(acts / 3))} AS VARCHAR)), '40-59', '2', CAST(n % 6 = 0 AS INTEGER), CAST(n % 4 <> 0 AS INTEGER), '01001', 30.0,
         CASE WHEN n % 997 = 0 THEN 5.0 ELSE 0.0 END
  FROM (
    SELECT j.*, row_number() OVER () - 1 AS n
    FROM clean.journees j, range(getvariable('acts_per_day')) t(i)
    WHERE j.statut = 'REALISEE'
  )
  WHERE n < ${acts};
INSERT INTO clean.volontaires (code_region, extract_date, id_dossier, num_rpps, etat, date_depot, date_traitement, nb_jours_par_mois, lieux_souhaites)
  SELECT r.code_region, CAST(w AS DATE), v, lpad(CAST(10000000000 + v AS VARCHAR), 11, '1'),
         CASE WHEN v % 3 = 0 THEN 'Accepté' WHEN v % 3 = 1 THEN 'En instruction' ELSE 'Refusé' END, NULL, NULL, 2, NULL
  FROM ref.regions r, generate_series(DATE '2025-09-07', DATE '2026-11-22', INTERVAL 7 DAY) t(w), range(300) s(v);
INSERT INTO clean.satisfaction (siret_lieu, mois, nb_reponses, note_moyenne, part_recommande) SELECT siret, strftime(m, '%Y-%m'), 20 + n % 30, 3.5 + (n % 10) / 10.0, 0.8 FROM lieu_ids, generate_series(DATE '2025-09-01', DATE '2026-10-01', INTERVAL 1 MONTH) t(m);
INSERT INTO clean.apl SELECT code_commune, 2024, 2.5, 2.0, population FROM ref.communes;
INSERT INTO clean.patientele SELECT code_commune, q, 1000, 120, 300, 20, false, false, false, false FROM ref.communes, (VALUES ('2025T3'), ('2025T4'), ('2026T1')) t(q);
INSERT INTO clean.effectifs (annee, region, departement, classe_age, sexe, effectif, densite) SELECT 2024, code_region, code_departement, a, 'tout sexe', n, 1.0
  FROM ref.departements, (VALUES ('60 à 69 ans', 30), ('70 ans et plus', 10), ('Tout âge', 150)) t(a, n);
INSERT INTO clean.urgences SELECT code_commune, 2024, 25.0, 20.0 FROM ref.communes;
`;
}
