import { defineIndicator } from './indicatorDefinition.js';
import { actShareSql } from './actShareSql.js';
import { actShare } from './actShare.js';
import { CREATED } from './conventions.js';

export const tauxDepassement = defineIndicator({
  id: 'taux_depassement',
  version: 1,
  theme: 'Prise en charge',
  label: "Actes avec dépassement d’honoraires",
  definition: "Actes avec montant_depassement > 0 ÷ actes réalisés (l’objectif est 0 : la mission se fait sans dépassement).",
  ...actShare({
    numerator: 'Actes avec dépassement d’honoraires',
    counted: 'actes avec dépassement',
    group: 'actes_depassement',
    groupNote: 'le même compte que l’alerte depassement_honoraires, qui suit la même décision',
    cost: { masked: 18.4, former: 6.8 },
    limit: "Les zones concernées sont aussi listées dans les alertes de la publication (depassement_honoraires).",
  }),
  changes: [CREATED],
  sql: actShareSql('actes facturés avec un dépassement', "montant_depassement > 0"),
});
