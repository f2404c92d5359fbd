import { defineIndicator } from './indicatorDefinition.js';
import { actShareSql } from './actShareSql.js';
import { ACTS_SOURCES, ALL_LEVELS, ALL_PERIODS, CREATED, NOTE_ACTS, NOTE_PROPORTION, NOTE_RATIO_EMPTY, NOTE_SECRECY_ACTS } from './conventions.js';

export const tauxDepassement = defineIndicator({
  id: 'taux_depassement',
  version: 1,
  theme: 'Prise en charge',
  label: "Actes avec dépassement d’honoraires",
  definition: "Actes avec montant_depassement > 0 ÷ actes réalisés (l’objectif est 0 : la mission se fait sans dépassement).",
  kind: 'ratio',
  numerator: 'Actes avec dépassement d’honoraires',
  denominator: 'Actes (consultations)',
  unit: '%',
  scale: 1,
  periodicity: [...ALL_PERIODS],
  levels: [...ALL_LEVELS],
  sources: [...ACTS_SOURCES],
  secrecy: {
    numerator: 'actes_depassement',
    denominator: 'actes',
    rule: 'Numérateur : actes avec dépassement (groupe « actes_depassement », le même compte que l’alerte depassement_honoraires, qui suit la même décision) ; dénominateur : le compte d’actes (groupe « actes », partagé avec consultations, consultations_par_jour, consultations_pour_1000_hab, cout_par_acte et les parts d’actes) ; la valeur est masquée si l’un des deux l’est : une seule décision par compte, territoire et période pour toute la publication ; masqué de 1 à 10 (primaire) et là où une soustraction le révélerait (secondaire : entre territoires, entre semaines, mois et cumuls, entre indicateurs qui partagent le compte), vérifié par l’audit à chaque publication (docs/secret-statistique.md). Coût mesuré sur la démonstration (154 zones, 21 semaines) : 18,4 % des valeurs masquées, contre 6,8 % avec l’ancienne règle qui laissait fuir des comptes.',
  },
  dependsOn: ['consultations'],
  limits: [NOTE_PROPORTION, "Les zones concernées sont aussi listées dans les alertes de la publication (depassement_honoraires).", NOTE_ACTS, NOTE_RATIO_EMPTY, NOTE_SECRECY_ACTS],
  changes: [CREATED],
  sql: actShareSql('actes facturés avec un dépassement', "montant_depassement > 0"),
});
