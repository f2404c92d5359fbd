import { defineIndicator } from './indicatorDefinition.js';
import { ALL_LEVELS, ALL_PERIODS, CREATED, NOTE_RATIO_EMPTY, NOTE_SECRECY_ACTS } from './conventions.js';
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
  secrecy: {
    numerator: 'actes',
    denominator: null,
    rule: 'Numérateur : le compte d’actes (groupe « actes », partagé avec consultations, consultations_par_jour, consultations_pour_1000_hab, cout_par_acte et les parts d’actes) ; le dénominateur (journées) n’est pas couvert : une seule décision par compte, territoire et période pour toute la publication ; masqué de 1 à 10 (primaire) et là où une soustraction le révélerait (secondaire : entre territoires, entre semaines, mois et cumuls, entre indicateurs qui partagent le compte), vérifié par l’audit à chaque publication (docs/secret-statistique.md). Coût mesuré sur la démonstration (154 zones, 21 semaines) : 17,9 % des valeurs masquées, contre 6,5 % avec l’ancienne règle qui laissait fuir des comptes.',
  },
  dependsOn: ['consultations', 'jours_realises'],
  limits: [
    'Les actes sont rattachés par leur date et leur lieu, pas à une journée déclarée : des actes sans journée réalisée ce jour-là comptent quand même.',
    'Aucune journée réalisée : sans_donnees, même si des actes existent.',
    NOTE_RATIO_EMPTY, NOTE_SECRECY_ACTS,
  ],
  changes: [CREATED],
  sql: ratioOfComputedSql('consultations', 'jours_realises'),
});
