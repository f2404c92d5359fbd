import { defineSource } from './sourceDeclaration.js';

export const aplSource = defineSource({
  id: 'drees.apl',
  label: 'Accessibilité potentielle localisée (APL) aux médecins généralistes',
  producer: 'drees',
  description:
    "L'APL de la DREES par commune et par année, en consultations accessibles par habitant et par an. Le classeur publié compte une feuille par année (`APL_<AAAA>`, 8 lignes de titre et de notes, en-tête en ligne 9) ; une variante CSV par année est admise. Pour une commune et une année, le fichier le plus récent l'emporte.",
  files: [
    {
      pattern: /^drees\/(?:.+\/)?[^/]*APL[^/]*\.xlsx$/,
      example: "drees/Indicateur d'accessibilité potentielle localisée (APL) aux médecins généralistes.xlsx",
      format: 'xlsx',
      sheet: /^APL_(?<year>\d{4})$/,
      headerLine: 9,
    },
    {
      pattern: /^drees\/(?:.+\/)?apl_mg_(?<year>\d{4})\.csv$/,
      example: 'drees/apl_mg_2023.csv',
      format: 'csv',
      encoding: 'utf-8',
      separator: ';',
    },
  ],
  columns: [
    { header: 'Code commune INSEE', id: 'code_commune', required: true, check: 'commune' },
    { header: 'Commune', id: 'commune' },
    { header: 'APL aux médecins généralistes (sans borne d\'âge)', id: 'apl', type: 'decimal', min: 0 },
    { header: 'APL aux médecins généralistes de moins de 65 ans', id: 'apl_moins_65', type: 'decimal', min: 0 },
    { header: "Population standardisée par la consommation de soins par tranche d'âge", id: 'population_standardisee', type: 'decimal', min: 0 },
  ],
  derived: [{ id: 'annee', group: 'year', type: 'integer', label: "année (nom de la feuille ou du fichier)" }],
  key: ['code_commune', 'annee'],
  versioning: 'delta',
  freshness: 'yearly',
  graceDays: 550,
});
