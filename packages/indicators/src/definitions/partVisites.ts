import { defineIndicator } from './indicatorDefinition.js';
import { actShareSql } from './actShareSql.js';
import { actShare } from './actShare.js';
import { CREATED } from './conventions.js';

export const partVisites = defineIndicator({
  id: 'part_visites',
  version: 1,
  theme: 'Prise en charge',
  label: "Part des visites à domicile",
  definition: "Actes codés VG ou VGS (visites) ÷ actes réalisés.",
  ...actShare({
    numerator: 'Visites à domicile (VG, VGS)',
    counted: 'visites à domicile',
    group: 'visites',
    cost: { masked: 19.2, former: 14.6 },
    limit: "Les téléconsultations (TCG) et autres codes comptent au dénominateur.",
  }),
  changes: [CREATED],
  sql: actShareSql('visites à domicile', "code_prestation IN ('VG', 'VGS')"),
});
