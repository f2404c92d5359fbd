import { cleanDocteursJuniors } from '../model/clean/docteursJuniors.js';
import { cleanDocteursJuniorsInstantanes } from '../model/clean/docteursJuniorsInstantanes.js';
import { communeCodeColumn, defineSource } from './sourceDeclaration.js';

export const docteursJuniorsSource = defineSource({
  id: 'ars.docteurs_juniors',
  label: 'Affectations des docteurs juniors',
  producer: 'ars',
  description:
    "Les affectations des docteurs juniors de médecine générale (quatrième année du DES, à partir de novembre 2026) auprès de leur maître de stage universitaire (MSU), par région. Chaque fichier est l'état complet des affectations de la région à sa date (un instantané) : le plus récent au plus tard à une date donne la situation à cette date. Les numéros RPPS du docteur junior et du MSU sont des données personnelles : conservés dans l'entrepôt, jamais publiés.",
  files: [
    {
      pattern: /^ars\/(?:.+\/)?docteurs_juniors_(?<region>\d{2,3})_(?<date>\d{8})\.csv$/,
      example: 'ars/docteurs_juniors_76_20261130.csv',
      format: 'csv',
      encoding: 'utf-8',
      separator: ';',
    },
  ],
  columns: [
    { header: 'num_rpps', id: 'num_rpps', required: true, check: 'rpps', description: 'RPPS du docteur junior (donnée personnelle : jamais publiée)' },
    {
      header: 'semestre', id: 'semestre', required: true,
      pattern: { regex: '^\\d{4}-(05|11)$', message: "n'est pas un semestre AAAA-11 (novembre-avril) ou AAAA-05 (mai-octobre)" },
      description: '`2026-11` : novembre à avril ; `2027-05` : mai à octobre',
    },
    { header: 'date_debut', id: 'date_debut', type: 'date', required: true },
    { header: 'date_fin', id: 'date_fin', type: 'date', description: 'vide tant que l’affectation dure' },
    { header: 'siret_lieu', id: 'siret_lieu', check: 'siret', description: 'lieu de stage (pas forcément un lieu de la mission)' },
    communeCodeColumn('code_commune', { description: 'sa zone est celle de l’EPCI de la commune' }),
    { header: 'num_rpps_msu', id: 'num_rpps_msu', required: true, check: 'rpps', description: 'RPPS du maître de stage (donnée personnelle : jamais publiée)' },
    { header: 'zonage', id: 'zonage', required: true, values: ['ZIP', 'ZAC', 'QPV', 'AUCUN'] },
    { header: 'statut', id: 'statut', required: true, values: ['AFFECTE', 'EN_POSTE', 'INTERROMPU', 'TERMINE'] },
    { header: 'actes_mois_precedent', id: 'actes_mois_precedent', type: 'integer', min: 0, description: 'actes facturés le mois civil précédent ; vide si inconnu' },
  ],
  key: ['num_rpps', 'semestre'],
  versioning: 'snapshot',
  freshness: 'monthly',
  graceDays: 15,
  clean: [cleanDocteursJuniors, cleanDocteursJuniorsInstantanes],
});
