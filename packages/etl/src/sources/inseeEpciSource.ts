import { defineSource } from './sourceDeclaration.js';

export const inseeEpciSource = defineSource({
  id: 'insee.epci',
  label: 'EPCI et communes membres (INSEE)',
  producer: 'insee',
  description:
    "La composition communale des EPCI d'un millésime INSEE, avec la population municipale de chaque commune. Facultatif : sans fichier, le référentiel intégré s'applique ; le millésime le plus récent l'emporte. `ZZZZZZZZZ` désigne une commune sans EPCI.",
  files: [
    {
      pattern: /^insee\/(?:.+\/)?epci_(?<year>\d{4})\.csv$/,
      example: 'insee/epci_2025.csv',
      format: 'csv',
      encoding: 'utf-8',
      separator: ';',
    },
  ],
  columns: [
    { header: 'EPCI', id: 'epci', required: true, pattern: { regex: '[0-9]{9}|ZZZZZZZZZ', message: "n'est pas un SIREN d'EPCI à 9 chiffres (ni ZZZZZZZZZ)" } },
    { header: 'LIBEPCI', id: 'libepci', required: true },
    { header: 'NATURE_EPCI', id: 'nature_epci' },
    { header: 'COM', id: 'com', required: true, pattern: { regex: '[0-9]{5}|2[AB][0-9]{3}', message: "n'est pas un code commune à 5 caractères (ex. 01001, 2A004)" } },
    { header: 'POPULATION_MUNICIPALE', id: 'population_municipale', type: 'integer', min: 0 },
  ],
  key: ['com'],
  versioning: 'snapshot',
  freshness: 'yearly',
  graceDays: 366,
  clean: 'referential',
});
