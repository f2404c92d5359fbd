import { defineSource } from './sourceDeclaration.js';

const communeCode = { regex: '[0-9]{5}|2[AB][0-9]{3}', message: "n'est pas un code commune à 5 caractères (ex. 01001, 2A004)" };

export const inseeCommunesSource = defineSource({
  id: 'insee.communes',
  label: 'Communes (Code officiel géographique)',
  producer: 'insee',
  description:
    "Un millésime du Code officiel géographique de l'INSEE. Facultatif : sans fichier, le référentiel intégré (`@etalab/decoupage-administratif`) s'applique. Seules les lignes `TYPECOM = COM` sont des communes actuelles ; le millésime le plus récent l'emporte.",
  files: [
    {
      pattern: /^insee\/(?:.+\/)?communes_(?<year>\d{4})\.csv$/,
      example: 'insee/communes_2025.csv',
      format: 'csv',
      encoding: 'utf-8',
      separator: ',',
    },
  ],
  columns: [
    { header: 'TYPECOM', id: 'typecom', required: true, values: ['COM', 'COMA', 'COMD', 'ARM'] },
    { header: 'COM', id: 'com', required: true, pattern: communeCode },
    { header: 'REG', id: 'reg' },
    { header: 'DEP', id: 'dep' },
    { header: 'CTCD', id: 'ctcd' },
    { header: 'ARR', id: 'arr' },
    { header: 'TNCC', id: 'tncc' },
    { header: 'NCC', id: 'ncc' },
    { header: 'NCCENR', id: 'nccenr' },
    { header: 'LIBELLE', id: 'libelle', required: true },
    { header: 'CAN', id: 'can' },
    { header: 'COMPARENT', id: 'comparent' },
  ],
  key: ['typecom', 'com'],
  versioning: 'snapshot',
  freshness: 'yearly',
  graceDays: 366,
  clean: 'referential',
});
