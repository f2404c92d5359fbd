import { cleanActes } from '../model/clean/actes.js';
import { defineSource } from './sourceDeclaration.js';

export const actesSource = defineSource({
  id: 'cnam.actes',
  label: 'Actes des journées de mission',
  producer: 'cnam',
  description:
    "Les actes facturés pendant les journées de mission, au niveau de l'acte, un fichier par semaine ISO. Un acte corrigé est renvoyé une semaine suivante avec le même `id_acte` : la version du fichier le plus récent l'emporte.",
  files: [
    {
      pattern: /^cnam\/(?:.+\/)?actes_mission_(?<year>\d{4})-S(?<week>\d{2})\.csv$/,
      example: 'cnam/actes_mission_2025-S37.csv',
      format: 'csv',
      encoding: 'windows-1252',
      separator: ';',
    },
  ],
  columns: [
    { header: 'id_acte', id: 'id_acte', required: true },
    { header: 'date_soins', id: 'date_soins', type: 'date', required: true },
    { header: 'num_rpps_executant', id: 'num_rpps_executant', required: true, check: 'rpps' },
    { header: 'siret_lieu_execution', id: 'siret_lieu_execution', required: true, check: 'siret' },
    {
      header: 'code_prestation',
      id: 'code_prestation',
      required: true,
      pattern: { regex: '[A-Z0-9][A-Z0-9+._-]{0,15}', message: "n'est pas un code prestation (lettres majuscules et chiffres, ex. G, VGS, TCG)" },
      description: '`G`, `GS` (consultation), `VG`, `VGS` (visite), `TCG` (téléconsultation), `COE`, `APC`, autres codes admis',
    },
    { header: 'id_patient', id: 'id_patient', required: true, check: 'pseudonym', description: 'pseudonyme (64 caractères hexadécimaux), jamais un nom' },
    { header: 'tranche_age_patient', id: 'tranche_age_patient', values: ['0-17', '18-39', '40-59', '60-74', '75+'] },
    { header: 'sexe_patient', id: 'sexe_patient', values: ['1', '2'] },
    { header: 'patient_ald', id: 'patient_ald', type: 'integer', required: true, values: ['0', '1'] },
    { header: 'patient_avec_mt', id: 'patient_avec_mt', type: 'integer', required: true, values: ['0', '1'] },
    { header: 'code_commune_residence', id: 'code_commune_residence', check: 'communeFormat' },
    { header: 'montant_base', id: 'montant_base', type: 'decimal', required: true, min: 0, description: 'euros, virgule décimale' },
    { header: 'montant_depassement', id: 'montant_depassement', type: 'decimal', required: true, min: 0, description: 'euros, `0,00` sans dépassement' },
  ],
  key: ['id_acte'],
  versioning: 'delta',
  freshness: 'weekly',
  graceDays: 14,
  clean: [cleanActes],
});
