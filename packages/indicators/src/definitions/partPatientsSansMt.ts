import { defineIndicator } from './indicatorDefinition.js';
import { actShareSql } from './actShareSql.js';
import { actShare } from './actShare.js';
import { CREATED } from './conventions.js';

export const partPatientsSansMt = defineIndicator({
  id: 'part_patients_sans_mt',
  version: 1,
  theme: 'Prise en charge',
  dashboard: { keyFigure: 6, tableColumn: 7 },
  label: "Part des actes pour des patients sans médecin traitant",
  definition: "Actes dont le patient n’a pas de médecin traitant (patient_avec_mt = 0) ÷ actes réalisés.",
  ...actShare({
    numerator: 'Actes pour des patients sans médecin traitant',
    counted: 'actes de patients sans médecin traitant',
    group: 'actes_sans_mt',
    cost: { masked: 19.3, former: 14 },
    limit: "Un acte dont patient_avec_mt est vide compte au dénominateur seulement.",
  }),
  changes: [CREATED],
  sql: actShareSql('actes de patients sans médecin traitant', "patient_avec_mt = 0"),
});
