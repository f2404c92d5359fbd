import { latestByKeySql } from './latestVersionSql.js';

/** clean.apl: the latest version of each (commune, année); `apl_moins_65` is DREES's headline series (GPs of 65 or under, « de moins de 65 ans » in older workbooks), `apl` all ages. */
export function cleanAplSql(asOf: string | undefined): string {
  return `
CREATE OR REPLACE TABLE clean.apl AS
${latestByKeySql('drees.apl', 'raw.drees_apl', ['code_commune', 'annee'], `r.code_commune, CAST(r.annee AS INTEGER) AS annee, r.apl, r.apl_moins_65, r.population_standardisee`, asOf)}
ORDER BY code_commune, annee`;
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
