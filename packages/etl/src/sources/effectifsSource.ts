import { cleanEffectifs } from '../model/clean/effectifs.js';
import { defineSource } from './sourceDeclaration.js';

export const effectifsSource = defineSource({
  id: 'cnam.effectifs',
  label: 'Médecins généralistes libéraux par département et classe d’âge',
  producer: 'cnam',
  description:
    "Les effectifs de médecins généralistes libéraux et leur densité, par département, classe d'âge et sexe (présentation de l'open data ameli). Pour une même clé, le fichier le plus récent l'emporte. Présentation vérifiée sur des scripts publics qui interrogent le jeu `demographie-effectifs-et-les-densites` de data.ameli.fr avec ces mêmes champs (`annee`, `profession_sante`, `departement`, `libelle_classe_age` = `Tout âge`, `libelle_sexe` = `tout sexe`, `effectif`, `densite`) ; les colonnes de l'export complet que la source ne déclare pas (libellés de région et de département, codes de classe d'âge et de sexe) sont laissées de côté et nommées dans le message du fichier. Un tableau d'ameli enregistré en CSV depuis un classeur peut porter un titre au-dessus et une source au-dessous : l'en-tête est repéré par sa colonne `annee` dans les 20 premières lignes, les notes après les données sont comptées dans le message du fichier. L'export de data.ameli.fr peut aussi nommer les colonnes par leurs libellés (option `use_labels`) : ces libellés n'ont pas été trouvés dans les sources publiques consultées, ils ne sont donc pas déclarés (un tel fichier est rejeté en nommant les colonnes attendues et trouvées).",
  files: [
    {
      pattern: /^cnam\/(?:.+\/)?effectifs_mg_(?<year>\d{4})\.csv$/,
      example: 'cnam/effectifs_mg_2024.csv',
      format: 'csv',
      encoding: 'windows-1252',
      separator: ';',
      headerSearch: { firstCell: 'annee', maxRows: 20 },
      trailingNotes: true,
    },
  ],
  columns: [
    { header: 'annee', id: 'annee', type: 'integer', required: true, min: 2000, max: 2100 },
    { header: 'profession_sante', id: 'profession_sante', required: true },
    { header: 'region', id: 'region', required: true, pattern: { regex: '[0-9]{2,3}', message: "n'est pas un code région INSEE (2 ou 3 chiffres)" } },
    { header: 'departement', id: 'departement', required: true, pattern: { regex: '[0-9]{2,3}|2[AB]', message: "n'est pas un code département INSEE (ex. 02, 2A, 971)" } },
    {
      header: 'libelle_classe_age',
      id: 'libelle_classe_age',
      required: true,
      values: ['moins de 40 ans', '40 à 49 ans', '50 à 59 ans', '60 à 69 ans', '70 ans et plus', 'Tout âge'],
    },
    { header: 'libelle_sexe', id: 'libelle_sexe', required: true, values: ['tout sexe', 'hommes', 'femmes'] },
    { header: 'effectif', id: 'effectif', type: 'integer', min: 0 },
    { header: 'densite', id: 'densite', type: 'decimal', min: 0 },
  ],
  key: ['annee', 'profession_sante', 'region', 'departement', 'libelle_classe_age', 'libelle_sexe'],
  versioning: 'delta',
  freshness: 'yearly',
  graceDays: 366,
  clean: [cleanEffectifs],
});
