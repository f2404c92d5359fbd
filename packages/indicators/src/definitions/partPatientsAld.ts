import { defineIndicator } from './indicatorDefinition.js';
import { actShareSql } from './actShareSql.js';
import { actShare } from './actShare.js';
import { CREATED } from './conventions.js';

export const partPatientsAld = defineIndicator({
  id: 'part_patients_ald',
  version: 1,
  theme: 'Prise en charge',
  label: "Part des actes pour des patients en ALD",
  definition: "Actes dont le patient est en affection de longue durée (patient_ald = 1) ÷ actes réalisés.",
  ...actShare({
    numerator: 'Actes pour des patients en ALD',
    counted: 'actes de patients en ALD',
    group: 'actes_ald',
    cost: { masked: 19.7, former: 16.3 },
    limit: "Un acte dont patient_ald est vide compte au dénominateur seulement.",
  }),
  changes: [CREATED],
  sql: actShareSql('actes de patients en ALD', "patient_ald = 1"),
});
