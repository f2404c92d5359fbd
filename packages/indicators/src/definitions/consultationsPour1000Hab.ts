import { defineIndicator } from './indicatorDefinition.js';
import { ACTS_SOURCES, ALL_LEVELS, ALL_PERIODS, CREATED, NOTE_POPULATION, NOTE_RATIO_EMPTY, NOTE_SECRECY_ACTS } from './conventions.js';
import { perPopulationSql } from './perPopulationSql.js';

export const consultationsPour1000Hab = defineIndicator({
  id: 'consultations_pour_1000_hab',
  version: 1,
  theme: 'Prise en charge',
  label: 'Actes pour 1 000 habitants',
  definition: 'Actes réalisés ÷ population des zones en périmètre × 1 000.',
  kind: 'ratio',
  numerator: 'Actes (consultations)',
  denominator: 'Population municipale des zones en périmètre',
  unit: 'actes pour 1 000 habitants',
  scale: 1000,
  periodicity: [...ALL_PERIODS],
  levels: [...ALL_LEVELS],
  sources: [...ACTS_SOURCES],
  secrecy: {
    numerator: 'actes',
    denominator: null,
    rule: 'Numérateur : le compte d’actes (groupe « actes », partagé avec consultations, consultations_par_jour, consultations_pour_1000_hab, cout_par_acte et les parts d’actes) ; la population n’est pas couverte : une seule décision par compte, territoire et période pour toute la publication ; masqué de 1 à 10 (primaire) et là où une soustraction le révélerait (secondaire : entre territoires, entre semaines, mois et cumuls, entre indicateurs qui partagent le compte), vérifié par l’audit à chaque publication (docs/secret-statistique.md). Coût mesuré sur la démonstration (154 zones, 21 semaines) : 17,9 % des valeurs masquées, contre 6,5 % avec l’ancienne règle qui laissait fuir des comptes.',
  },
  dependsOn: ['consultations'],
  limits: [NOTE_POPULATION, 'Non annualisé.', NOTE_RATIO_EMPTY, NOTE_SECRECY_ACTS],
  changes: [CREATED],
  sql: perPopulationSql('consultations'),
});
