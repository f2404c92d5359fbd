import { communeCodeColumn, defineSource } from './sourceDeclaration.js';

export const lieuxSource = defineSource({
  id: 'ars.lieux',
  label: 'Lieux solidaires',
  producer: 'ars',
  description:
    "Les lieux de consultation de la mission, par région. Chaque fichier est l'état complet des lieux de sa région à sa date : le plus récent d'une région remplace les précédents.",
  files: [
    {
      pattern: /^ars\/(?:.+\/)?lieux_(?<region>\d{2,3})_(?<date>\d{8})\.csv$/,
      example: 'ars/lieux_76_20251006.csv',
      format: 'csv',
      encoding: 'utf-8',
      separator: ';',
    },
  ],
  columns: [
    { header: 'siret', id: 'siret', required: true, check: 'siret' },
    { header: 'nom_lieu', id: 'nom_lieu', required: true },
    { header: 'type_lieu', id: 'type_lieu', required: true, values: ['MSP', 'CDS', 'CABINET', 'FRANCE_SERVICES', 'AUTRE'] },
    { header: 'adresse', id: 'adresse' },
    communeCodeColumn('code_commune'),
    { header: 'code_epci', id: 'code_epci', required: true, check: 'epci', epciOfCommune: 'code_commune' },
    { header: 'date_ouverture', id: 'date_ouverture', type: 'date' },
    { header: 'date_fermeture', id: 'date_fermeture', type: 'date' },
  ],
  key: ['siret'],
  versioning: 'snapshot',
  freshness: 'monthly',
  graceDays: 15,
});
