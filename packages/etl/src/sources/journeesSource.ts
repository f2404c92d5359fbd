import { cleanJournees } from '../model/clean/journees.js';
import { defineSource } from './sourceDeclaration.js';

export const journeesSource = defineSource({
  id: 'ars.journees',
  label: 'Journées de mission',
  producer: 'ars',
  description:
    "Les journées et demi-journées de consultation des volontaires (outil de réservation), un fichier par région et par semaine. Une semaine plus récente peut mettre à jour le statut de journées antérieures : la version du fichier le plus récent l'emporte pour chaque clé.",
  files: [
    {
      pattern: /^ars\/(?:.+\/)?journees_(?<region>\d{2,3})_(?<year>\d{4})-S(?<week>\d{2})\.csv$/,
      example: 'ars/journees_76_2025-S37.csv',
      format: 'csv',
      encoding: 'utf-8',
      separator: ';',
    },
  ],
  columns: [
    { header: 'date', id: 'date', type: 'date', required: true },
    { header: 'num_rpps', id: 'num_rpps', required: true, check: 'rpps' },
    { header: 'siret_lieu', id: 'siret_lieu', required: true, check: 'siret' },
    { header: 'creneau', id: 'creneau', required: true, values: ['JOURNEE', 'MATIN', 'APRES_MIDI'] },
    { header: 'statut', id: 'statut', required: true, values: ['PLANIFIEE', 'REALISEE', 'ANNULEE'] },
    { header: 'nb_rdv_proposes', id: 'nb_rdv_proposes', type: 'integer', min: 0 },
    { header: 'nb_rdv_pris', id: 'nb_rdv_pris', type: 'integer', min: 0 },
  ],
  key: ['date', 'num_rpps', 'siret_lieu', 'creneau'],
  versioning: 'delta',
  freshness: 'weekly',
  graceDays: 7,
  clean: [cleanJournees],
});
