import { defineSource } from './sourceDeclaration.js';

export const satisfactionSource = defineSource({
  id: 'ars.satisfaction',
  label: 'Satisfaction des patients',
  producer: 'ars',
  description:
    "L'enquête de satisfaction des patients, par lieu solidaire et par mois : nombre de réponses, note moyenne sur 5 et part des patients qui recommandent. Pour un lieu et un mois, le fichier le plus récent l'emporte.",
  files: [
    {
      pattern: /^ars\/(?:.+\/)?satisfaction_(?<region>\d{2,3})_(?<year>\d{4})-(?<month>\d{2})\.csv$/,
      example: 'ars/satisfaction_76_2025-10.csv',
      format: 'csv',
      encoding: 'utf-8',
      separator: ';',
    },
  ],
  columns: [
    { header: 'siret_lieu', id: 'siret_lieu', required: true, check: 'siret' },
    { header: 'mois', id: 'mois', required: true, pattern: { regex: '[0-9]{4}-(0[1-9]|1[0-2])', message: "n'est pas un mois AAAA-MM (ex. 2025-10)" } },
    { header: 'nb_reponses', id: 'nb_reponses', type: 'integer', required: true, min: 0 },
    { header: 'note_moyenne', id: 'note_moyenne', type: 'decimal', min: 1, max: 5 },
    { header: 'part_recommande', id: 'part_recommande', type: 'decimal', min: 0, max: 1 },
  ],
  key: ['siret_lieu', 'mois'],
  versioning: 'delta',
  freshness: 'monthly',
  graceDays: 20,
});
