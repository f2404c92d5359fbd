import { latestByKeySql } from './latestVersionSql.js';

/** clean.satisfaction: the latest version of each (lieu, mois). */
export function cleanSatisfactionSql(asOf: string | undefined): string {
  return `
CREATE OR REPLACE TABLE clean.satisfaction AS
${latestByKeySql('ars.satisfaction', 'raw.ars_satisfaction', ['siret_lieu', 'mois'], `r.siret_lieu, r.mois, CAST(r.nb_reponses AS INTEGER) AS nb_reponses, r.note_moyenne, r.part_recommande, v.scope AS code_region_ars`, asOf)}
ORDER BY siret_lieu, mois`;
}

/** clean.apl: the latest version of each (commune, année); `apl_moins_65` is DREES's headline series (GPs of 65 or under, « de moins de 65 ans » in older workbooks), `apl` all ages. */
export function cleanAplSql(asOf: string | undefined): string {
  return `
CREATE OR REPLACE TABLE clean.apl AS
${latestByKeySql('drees.apl', 'raw.drees_apl', ['code_commune', 'annee'], `r.code_commune, CAST(r.annee AS INTEGER) AS annee, r.apl, r.apl_moins_65, r.population_standardisee`, asOf)}
ORDER BY code_commune, annee`;
}

/** clean.patientele: the latest version of each (commune, trimestre); a masked count is NULL with its `_masque` flag. */
export function cleanPatienteleSql(asOf: string | undefined): string {
  const counts = ['nb_patients_17plus', 'nb_patients_17plus_sans_mt', 'nb_patients_ald', 'nb_patients_ald_sans_mt'];
  const select = ['r.code_commune', 'r.trimestre', ...counts.map((c) => `CAST(r.${c} AS INTEGER) AS ${c}`), ...counts.map((c) => `r.${c}_masque`)].join(', ');
  return `
CREATE OR REPLACE TABLE clean.patientele AS
${latestByKeySql('cnam.patientele', 'raw.cnam_patientele', ['code_commune', 'trimestre'], select, asOf)}
ORDER BY code_commune, trimestre`;
}

/** clean.effectifs: the latest version of each (année, profession, région, département, classe d'âge, sexe). */
export function cleanEffectifsSql(asOf: string | undefined): string {
  const key = ['annee', 'profession_sante', 'region', 'departement', 'libelle_classe_age', 'libelle_sexe'];
  const select = `CAST(r.annee AS INTEGER) AS annee, r.region, r.departement, r.libelle_classe_age AS classe_age, r.libelle_sexe AS sexe,
  CAST(r.effectif AS INTEGER) AS effectif, r.densite, r.profession_sante`;
  return `
CREATE OR REPLACE TABLE clean.effectifs AS
${latestByKeySql('cnam.effectifs', 'raw.cnam_effectifs', key, select, asOf)}
ORDER BY annee, departement, classe_age, sexe`;
}

/** clean.urgences: the latest version of each (commune, année). */
export function cleanUrgencesSql(asOf: string | undefined): string {
  return `
CREATE OR REPLACE TABLE clean.urgences AS
${latestByKeySql('drees.urgences', 'raw.drees_urgences', ['code_commune', 'annee'], `r.code_commune, CAST(r.annee AS INTEGER) AS annee, r.temps_su, r.temps_smur`, asOf)}
ORDER BY code_commune, annee`;
}
