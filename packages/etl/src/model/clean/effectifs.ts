import type { CleanModel } from '../cleanModel.js';
import { latestByKeySql } from '../latestVersionSql.js';

const KEY = ['annee', 'profession_sante', 'region', 'departement', 'libelle_classe_age', 'libelle_sexe'];
const SELECT = `CAST(r.annee AS INTEGER) AS annee, r.region, r.departement, r.libelle_classe_age AS classe_age, r.libelle_sexe AS sexe,
  CAST(r.effectif AS INTEGER) AS effectif, r.densite, r.profession_sante`;

/**
 * clean.effectifs: the latest version of each (année, profession, région, département, classe
 * d'âge, sexe), with shorter names (`classe_age`, `sexe`) and the profession last.
 */
export const cleanEffectifs: CleanModel = {
  table: 'clean.effectifs',
  sql: (asOf) => `
CREATE OR REPLACE TABLE clean.effectifs AS
${latestByKeySql('cnam.effectifs', 'raw.cnam_effectifs', KEY, SELECT, asOf)}
ORDER BY annee, departement, classe_age, sexe`,
};
