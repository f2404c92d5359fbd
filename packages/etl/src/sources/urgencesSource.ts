import { communeCodeColumn, defineSource } from './sourceDeclaration.js';

export const urgencesSource = defineSource({
  id: 'drees.urgences',
  label: "Temps d'accès aux soins urgents",
  producer: 'drees',
  description:
    "Le temps d'accès, en minutes, au service d'urgences (SU) et au SMUR le plus proche, par commune et par année. Pour une commune et une année, le fichier le plus récent l'emporte. Son pendant public est le « Diagnostic d'accès aux soins de médecine d'urgence par commune » de la DREES et de la DGOS (temps de trajet METRIC vers les SU, SMUR, médecins correspondants du SAMU et HéliSMUR) ; aucun lecteur public de ce fichier n'a été trouvé pour en confirmer les libellés de colonnes : l'en-tête reste celui du contrat, comparé sans tenir compte des espaces, de la casse ni des apostrophes. Comme les fichiers de la DREES enregistrés en CSV depuis un classeur, le fichier peut porter des lignes de titre au-dessus de l'en-tête (repéré par sa colonne `Code commune`, libellé `Code commune INSEE` de l'APL de la DREES admis) et des notes après la dernière commune (`Source : …`, `Champ : …`), comptées dans le message du fichier.",
  files: [
    {
      pattern: /^drees\/(?:.+\/)?acces_urgences_(?<year>\d{4})\.csv$/,
      example: 'drees/acces_urgences_2024.csv',
      format: 'csv',
      encoding: 'utf-8',
      separator: ';',
      headerSearch: { firstCell: 'Code commune', maxRows: 20 },
      trailingNotes: true,
    },
  ],
  columns: [
    communeCodeColumn('Code commune', { aliases: ['Code commune INSEE'] }),
    { header: "Temps d'accès SU (min)", id: 'temps_su', type: 'decimal', min: 0 },
    { header: "Temps d'accès SMUR (min)", id: 'temps_smur', type: 'decimal', min: 0 },
  ],
  derived: [{ id: 'annee', group: 'year', type: 'integer', label: 'année (nom du fichier)' }],
  key: ['code_commune', 'annee'],
  versioning: 'delta',
  freshness: 'yearly',
  graceDays: 550,
});
