import { defineIndicator } from './indicatorDefinition.js';
import { actCountSecrecy, ALL_LEVELS, ALL_PERIODS, CREATED, NOTE_RATIO_EMPTY, NOTE_SECRECY_ACTS } from './conventions.js';
import { ratioOfComputedSql } from './ratioOfComputedSql.js';

export const coutParActe = defineIndicator({
  id: 'cout_par_acte',
  version: 1,
  theme: 'Coût',
  label: 'Indemnité par acte (€)',
  definition: 'Indemnités versées ÷ actes réalisés, dans la période.',
  kind: 'ratio',
  numerator: 'Indemnités versées (indemnites_eur)',
  denominator: 'Actes (consultations)',
  unit: '€',
  scale: 1,
  periodicity: [...ALL_PERIODS],
  levels: [...ALL_LEVELS],
  sources: ['ars.journees', 'cnam.actes', 'ars.lieux', 'drees.zones', 'insee'],
  secrecy: actCountSecrecy('denominator', { masked: 17.9, former: 6.5 }, 'le montant n’est pas couvert'),
  dependsOn: ['indemnites_eur', 'consultations'],
  limits: ['Aucun acte : sans_donnees, même si des journées ont été indemnisées.', NOTE_RATIO_EMPTY, NOTE_SECRECY_ACTS],
  changes: [CREATED],
  sql: ratioOfComputedSql('indemnites_eur', 'consultations'),
});
