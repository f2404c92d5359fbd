import { defineIndicator } from './indicatorDefinition.js';
import { ALL_LEVELS, ALL_PERIODS, CREATED, NOTE_RATIO_EMPTY, NOTE_SECRECY_ACTS } from './conventions.js';
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
  secrecy: {
    numerator: null,
    denominator: 'actes',
    rule: 'Dénominateur : le compte d’actes (groupe « actes », partagé avec consultations, consultations_par_jour, consultations_pour_1000_hab, cout_par_acte et les parts d’actes) ; le montant n’est pas couvert : une seule décision par compte, territoire et période pour toute la publication ; masqué de 1 à 10 (primaire) et là où une soustraction le révélerait (secondaire : entre territoires, entre semaines, mois et cumuls, entre indicateurs qui partagent le compte), vérifié par l’audit à chaque publication (docs/secret-statistique.md). Coût mesuré sur la démonstration (154 zones, 21 semaines) : 17,9 % des valeurs masquées, contre 6,5 % avec l’ancienne règle qui laissait fuir des comptes.',
  },
  dependsOn: ['indemnites_eur', 'consultations'],
  limits: ['Aucun acte : sans_donnees, même si des journées ont été indemnisées.', NOTE_RATIO_EMPTY, NOTE_SECRECY_ACTS],
  changes: [CREATED],
  sql: ratioOfComputedSql('indemnites_eur', 'consultations'),
});
