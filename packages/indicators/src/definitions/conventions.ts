import { formatNumber } from '@vigie/core';

/**
 * Sentences of the fiches shared by several indicators: the conventions of indicators.md as this
 * project applies them, and the decisions taken where the specification leaves a choice.
 */
export const ALL_PERIODS = ['semaine', 'mois', 'cumul'] as const;
export const ALL_LEVELS = ['zone', 'departement', 'region', 'national'] as const;
export const AGGREGATE_LEVELS = ['departement', 'region', 'national'] as const;

export const DAYS_SOURCES = ['ars.journees', 'ars.lieux', 'drees.zones', 'insee'] as const;
export const ACTS_SOURCES = ['cnam.actes', 'ars.lieux', 'drees.zones', 'insee'] as const;
/** The need in days of mission and what it is compared with: the APL, the acts and days of the mission. */
export const NEED_SOURCES = ['drees.apl', 'cnam.actes', 'ars.journees', 'ars.lieux', 'drees.zones', 'insee'] as const;

export const CREATED = { version: 1, date: '2025-12-01', change: 'Création.' } as const;
/** Version 2 of the definitions that add non-integer terms: the sum no longer depends on the order of the additions. */
export const EXACT_SUMS = {
  version: 2,
  date: '2026-11-29',
  change:
    'Sommes exactes : chaque terme décimal est arrondi une fois à 10 décimales et les termes sont additionnés sans erreur d’arrondi, dans n’importe quel ordre (la version 1 additionnait des nombres à virgule flottante en parallèle : deux calculs sur les mêmes lignes pouvaient différer dans leurs derniers chiffres). Valeurs inchangées au-delà de la 10e décimale.',
} as const;

export const NOTE_PERIODS =
  'Périodes : semaine ISO (lundi-dimanche), mois civil, cumul depuis le 01/09/2025 ; le mois en cours est arrêté au dernier dimanche calculé (date de fin de la période).';
export const NOTE_PLACEMENT =
  'L’activité est rattachée à la zone de l’EPCI de son lieu (clean.lieux), à condition que la zone soit en périmètre ce jour-là (de sa date de désignation à sa date de retrait exclue) ; l’activité des lieux hors zone ou inconnus n’est pas comptée (page qualité des données).';
export const NOTE_GEO =
  'Une zone est rattachée au département et à la région qui portent la plus grande part de sa population (ref.epci) ; département et région ne contiennent que les zones en périmètre.';
export const NOTE_UNITS = 'Unités de journée : JOURNEE = 1, MATIN = ½, APRES_MIDI = ½.';
export const NOTE_ZERO = 'Une zone en périmètre sans activité vaut 0 (la ligne existe).';
export const NOTE_PROPORTION = 'Valeur en proportion, de 0 à 1 (unité « % » : affichée en pourcentage, 0,25 = 25 %).';
export const NOTE_RATIO_EMPTY = 'Dénominateur nul : statut sans_donnees, valeur vide.';
export const NOTE_POPULATION =
  'Population : population municipale du référentiel en vigueur des zones en périmètre le dernier jour de la période (comme pour zones_couvertes) ; l’activité d’une zone retirée pendant la période reste au numérateur, sa population sort du dénominateur (une zone retirée n’a alors pas de valeur à son niveau : sans_donnees).';
export const NOTE_CONTEXT_COMMUNES =
  'Communes (ref.communes) : celles de la zone ; pour un département, une région ou FR, celles de leurs zones en périmètre le dernier jour de la période.';
export const NOTE_NO_SNAPSHOT =
  'Région sans aucun instantané à cette date : statut sans_donnees ; national : partiel si une région en périmètre n’a pas encore d’instantané.';
export const NOTE_EMPTY_SNAPSHOT =
  'Chaque export est un instantané complet : un export sans aucun dossier (en-tête seul, ou doublon d’un tel fichier) compte 0 pour sa région ; il est lu au registre des fichiers (ledger.files), puisqu’il ne laisse aucune ligne dans clean.volontaires. Un export dont toutes les lignes ont été rejetées ne remplace pas l’instantané précédent.';
export const NOTE_ACTS = 'Un acte compte une fois par id_acte (dernière version reçue).';
export const NOTE_SECRECY_ACTS =
  'Secret statistique (SNDS) à la publication : comptes d’actes ou de patients de 1 à 10 masqués, et secret secondaire partout où une soustraction les révélerait (entre territoires, périodes et indicateurs qui partagent le compte).';
export const NOTE_SECRECY_TIME =
  'Le secret secondaire couvre aussi le temps : aucune différence entre cumuls, mois et semaines publiés ne redonne un compte masqué (audit à chaque publication, docs/secret-statistique.md).';

/** The act count and the indicators that share its secrecy decision, as the fiches name it. */
export const ACTS_COUNT =
  'le compte d’actes (groupe « actes », partagé avec consultations, consultations_par_jour, consultations_pour_1000_hab, cout_par_acte et les parts d’actes)';

/** Share of the published values masked, measured on the demo (154 zones, 21 weeks): with today's rule, and with the former one. */
export interface SecrecyCost {
  readonly masked: number;
  readonly former: number;
}

/** A measured share, to one decimal (`14,0`); none at all is written `0`. */
function measuredShare(percent: number): string {
  return percent === 0 ? '0' : formatNumber(percent, 1);
}

/**
 * The secrecy rule of an indicator resting on secret counts: `covers` says which counts (and what
 * is not covered), then the one decision shared by the whole publication, the audit and the cost
 * measured on the demo; `after` adds what is particular to the indicator.
 */
export function countSecrecyRule(covers: string, cost: SecrecyCost, after?: string): string {
  return (
    `${covers} : une seule décision par compte, territoire et période pour toute la publication ; masqué de 1 à 10 (primaire) et là où une soustraction le révélerait (secondaire : entre territoires, entre semaines, mois et cumuls, entre indicateurs qui partagent le compte), vérifié par l’audit à chaque publication (docs/secret-statistique.md). ` +
    `Coût mesuré sur la démonstration (154 zones, 21 semaines) : ${measuredShare(cost.masked)} % des valeurs masquées, contre ${measuredShare(cost.former)} % avec l’ancienne règle qui laissait fuir des comptes.` +
    (after ? ` ${after}` : '')
  );
}

/**
 * The secrecy of an indicator whose one secret count is the act count: the count itself
 * (`count`), its numerator or its denominator; `uncovered` says what the other term is.
 */
export function actCountSecrecy(on: 'count' | 'numerator' | 'denominator', cost: SecrecyCost, uncovered?: string) {
  const covers = on === 'count' ? `Repose sur ${ACTS_COUNT}` : `${on === 'numerator' ? 'Numérateur' : 'Dénominateur'} : ${ACTS_COUNT} ; ${uncovered}`;
  return {
    numerator: on === 'denominator' ? null : 'actes',
    denominator: on === 'denominator' ? 'actes' : null,
    rule: countSecrecyRule(covers, cost),
  } as const;
}

/** Why an indicator built on the need in days (besoin_journees_mois) reveals no territory's acts. */
export const NEED_DAYS_NO_SECRECY =
  'Aucun : des journées de mission et un besoin calculé sur l’APL et les actes par journée nationaux (voir besoin_journees_mois), jamais sur les actes du territoire ; masqué, comme le besoin, pour une période dont le cumul national des actes est masqué';

/**
 * The secrecy of an indicator built on the national acts per day: no count of its own, masked
 * with the national cumul of acts (`nationalCumul`); `rule` says why.
 */
export function needSecrecy(rule: string) {
  return { numerator: null, denominator: null, nationalCumul: 'actes', rule } as const;
}
