import { cleanVolontaires } from '../model/clean/volontaires.js';
import { defineSource } from './sourceDeclaration.js';

const csvOrXlsx = [
  {
    pattern: /^ars\/(?:.+\/)?volontaires_(?<region>\d{2,3})_(?<date>\d{8})\.csv$/,
    example: 'ars/volontaires_76_20251006.csv',
    format: 'csv' as const,
    encoding: 'utf-8' as const,
    separator: ';',
  },
  {
    pattern: /^ars\/(?:.+\/)?volontaires_(?<region>\d{2,3})_(?<date>\d{8})\.xlsx$/,
    example: 'ars/volontaires_76_20251006.xlsx',
    format: 'xlsx' as const,
  },
];

export const volontairesSource = defineSource({
  id: 'ars.volontaires',
  label: 'Dossiers des volontaires',
  producer: 'ars',
  description:
    "L'export Démarches simplifiées de la procédure de candidature des médecins volontaires, par région. Chaque export est l'état complet de la procédure à sa date (un instantané) : un dossier absent d'un instantané plus récent a été supprimé, un état peut revenir en arrière. Les noms et e-mails sont des données personnelles : conservés dans l'entrepôt pour l'ARS, jamais publiés.",
  files: csvOrXlsx,
  columns: [
    { header: 'ID', id: 'id_dossier', type: 'integer', required: true, min: 1 },
    { header: 'Email', id: 'email', personal: true },
    { header: 'Civilité', id: 'civilite', personal: true },
    { header: 'Nom', id: 'nom', personal: true },
    { header: 'Prénom', id: 'prenom', personal: true },
    { header: 'État du dossier', id: 'etat', required: true, values: ['En construction', 'En instruction', 'Accepté', 'Refusé', 'Classé sans suite'] },
    { header: 'Dernière mise à jour le', id: 'date_mise_a_jour', type: 'datetime' },
    { header: 'Déposé le', id: 'date_depot', type: 'datetime' },
    { header: 'Passé en instruction le', id: 'date_instruction', type: 'datetime' },
    { header: 'Traité le', id: 'date_traitement', type: 'datetime' },
    { header: 'Numéro RPPS', id: 'num_rpps', check: 'rpps' },
    { header: "Commune d'exercice principal", id: 'commune_exercice', check: 'commune' },
    { header: "Département de l'ordre", id: 'departement_ordre', check: 'departement' },
    { header: 'Lieux solidaires souhaités', id: 'lieux_souhaites', check: 'siretList', description: 'SIRET séparés par `, `' },
    { header: 'Nombre de jours par mois', id: 'nb_jours_par_mois', type: 'integer', values: ['1', '2'] },
    { header: 'Disponible à partir du', id: 'disponible_a_partir_du', type: 'datetime' },
  ],
  key: ['id_dossier'],
  versioning: 'snapshot',
  freshness: 'weekly',
  graceDays: 7,
  clean: [cleanVolontaires],
});
