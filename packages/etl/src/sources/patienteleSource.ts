import { communeCodeColumn, defineSource } from './sourceDeclaration.js';

const count = (header: string) => ({ header, id: header, type: 'integer' as const, min: 0, maskable: true });

export const patienteleSource = defineSource({
  id: 'cnam.patientele',
  label: 'Patients sans médecin traitant',
  producer: 'cnam',
  description:
    "Les patients de 17 ans et plus et les patients en ALD, avec et sans médecin traitant, par commune de résidence et par trimestre. Les comptes de 1 à 10 sont masqués (`s`) : un agrégat doit dire combien de cellules étaient masquées. Pour une commune et un trimestre, le fichier le plus récent l'emporte. Extrait propre à la mission (aucun pendant public par commune trouvé) : l'en-tête est celui du contrat, repéré par sa colonne `code_commune` dans les 20 premières lignes, et les notes après les données sont comptées dans le message du fichier.",
  files: [
    {
      pattern: /^cnam\/(?:.+\/)?patientele_mt_(?<year>\d{4})T(?<quarter>[1-4])\.csv$/,
      example: 'cnam/patientele_mt_2025T3.csv',
      format: 'csv',
      encoding: 'windows-1252',
      separator: ';',
      headerSearch: { firstCell: 'code_commune', maxRows: 20 },
      trailingNotes: true,
    },
  ],
  columns: [
    communeCodeColumn('code_commune'),
    { header: 'trimestre', id: 'trimestre', required: true, pattern: { regex: '[0-9]{4}T[1-4]', message: "n'est pas un trimestre AAAAT1 à AAAAT4 (ex. 2025T3)" } },
    count('nb_patients_17plus'),
    count('nb_patients_17plus_sans_mt'),
    count('nb_patients_ald'),
    count('nb_patients_ald_sans_mt'),
  ],
  key: ['code_commune', 'trimestre'],
  versioning: 'delta',
  freshness: 'quarterly',
  graceDays: 60,
});
