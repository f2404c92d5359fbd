import { defineIndicator } from './indicatorDefinition.js';
import { actCountSecrecy, ALL_LEVELS, ALL_PERIODS, CREATED, NOTE_RATIO_EMPTY, NOTE_SECRECY_ACTS } from './conventions.js';
import { ratioOfComputedSql } from './ratioOfComputedSql.js';

export const consultationsParJour = defineIndicator({
  id: 'consultations_par_jour',
  version: 1,
  theme: 'Prise en charge',
  label: 'Actes par journée',
  definition: 'Actes réalisés ÷ journées réalisées, dans la période.',
  kind: 'ratio',
  numerator: 'Actes (consultations)',
  denominator: 'Journées réalisées (jours_realises)',
  unit: 'actes par journée',
  scale: 1,
  periodicity: [...ALL_PERIODS],
  levels: [...ALL_LEVELS],
  sources: ['cnam.actes', 'ars.journees', 'ars.lieux', 'drees.zones', 'insee'],
  secrecy: actCountSecrecy('numerator', { masked: 17.9, former: 6.5 }, 'le dénominateur (journées) n’est pas couvert'),
  dependsOn: ['consultations', 'jours_realises'],
  limits: [
    'Les actes sont rattachés par leur date et leur lieu, pas à une journée déclarée : des actes sans journée réalisée ce jour-là comptent quand même.',
    'Aucune journée réalisée : sans_donnees, même si des actes existent.',
    NOTE_RATIO_EMPTY, NOTE_SECRECY_ACTS,
  ],
  changes: [CREATED],
  sql: ratioOfComputedSql('consultations', 'jours_realises'),
});
