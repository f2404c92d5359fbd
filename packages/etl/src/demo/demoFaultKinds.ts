/**
 * Les fautes réalistes que le jeu de démonstration glisse dans ses extraits, par source.
 * Chacune abîme une seule cellule ; la ligne est listée dans `DemoSummary.faults`.
 */
export interface DemoFaultKind {
  source: string;
  /** En-tête exact de la colonne abîmée. */
  column: string;
  reason: string;
  applies(value: string): boolean;
  corrupt(value: string): string;
}

const isFrenchDate = (v: string): boolean => /^\d\d\/\d\d\/\d{4}$/.test(v);

/** An 11-digit RPPS whose last digit, its Luhn key, is changed. */
const WRONG_LUHN_KEY: Pick<DemoFaultKind, 'applies' | 'corrupt'> = {
  applies: (v) => /^\d{11}$/.test(v),
  corrupt: (v) => v.slice(0, 10) + String((Number(v.slice(10)) + 1) % 10),
};

/** `retiredCommuneCode` : un code de commune qui n'existe plus (commune fusionnée), inconnu du référentiel. */
export function demoFaultKinds(retiredCommuneCode: string): DemoFaultKind[] {
  return [
    {
      source: 'ars.journees',
      column: 'num_rpps',
      reason: 'numéro RPPS dont la clé de Luhn est fausse',
      ...WRONG_LUHN_KEY,
    },
    {
      source: 'ars.journees',
      column: 'date',
      reason: 'date inexistante (31 février)',
      applies: isFrenchDate,
      corrupt: (v) => `31/02/${v.slice(6)}`,
    },
    {
      source: 'ars.volontaires',
      column: 'Numéro RPPS',
      reason: 'numéro RPPS à 10 chiffres au lieu de 11 (chiffre perdu à la saisie)',
      applies: (v) => /^\d{11}$/.test(v),
      corrupt: (v) => v.slice(0, 10),
    },
    {
      source: 'ars.lieux',
      column: 'code_epci',
      reason: "code EPCI qui n'est pas celui de la commune dans le référentiel",
      applies: (v) => /^\d{9}$/.test(v),
      corrupt: (v) => (v === '200054781' ? '200046977' : '200054781'),
    },
    {
      source: 'cnam.actes',
      column: 'montant_base',
      reason: 'montant négatif',
      applies: (v) => /^\d+,\d\d$/.test(v),
      corrupt: (v) => `-${v}`,
    },
    {
      source: 'cnam.actes',
      column: 'date_soins',
      reason: 'date écrite AAAA-MM-JJ au lieu de JJ/MM/AAAA',
      applies: isFrenchDate,
      corrupt: (v) => `${v.slice(6)}-${v.slice(3, 5)}-${v.slice(0, 2)}`,
    },
    {
      source: 'cnam.patientele',
      column: 'nb_patients_17plus',
      reason: 'nombre écrit avec un séparateur de milliers',
      applies: (v) => /^\d{4,}$/.test(v),
      corrupt: (v) => `${v.slice(0, -3)} ${v.slice(-3)}`,
    },
    {
      source: 'drees.urgences',
      column: 'Code commune',
      reason: 'code commune inconnu du référentiel (commune fusionnée)',
      applies: (v) => v !== retiredCommuneCode,
      corrupt: () => retiredCommuneCode,
    },
    {
      source: 'ars.satisfaction',
      column: 'note_moyenne',
      reason: 'note moyenne hors de l’échelle de 1 à 5',
      applies: (v) => v.length > 0,
      corrupt: () => '6,2',
    },
    {
      source: 'ars.docteurs_juniors',
      column: 'num_rpps_msu',
      reason: 'numéro RPPS du maître de stage dont la clé de Luhn est fausse',
      ...WRONG_LUHN_KEY,
    },
    {
      source: 'ars.docteurs_juniors',
      column: 'zonage',
      reason: 'zonage hors de la liste (ZRR au lieu de ZIP, ZAC, QPV ou AUCUN)',
      applies: (v) => v.length > 0,
      corrupt: () => 'ZRR',
    },
  ];
}
