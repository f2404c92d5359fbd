import { cleanZones } from '../model/clean/zones.js';
import { defineSource } from './sourceDeclaration.js';

export const zonesSource = defineSource({
  id: 'drees.zones',
  label: 'Zones prioritaires (« zones rouges »)',
  producer: 'drees',
  description:
    "La liste des EPCI désignés pour la mission de solidarité territoriale. Le fichier le plus récent est la liste en vigueur à partir de sa date de désignation ; une zone retirée d'une liste plus récente garde son historique (date de retrait). Aucune liste publique de ces zones au format tableur n'a été trouvée dans les sources consultées : l'en-tête est celui du contrat, repéré par sa colonne `Code EPCI` dans les 20 premières lignes (un titre au-dessus est admis), et les notes après la dernière zone sont comptées dans le message du fichier.",
  files: [
    {
      pattern: /^drees\/(?:.+\/)?zones_prioritaires_(?<date>\d{8})\.csv$/,
      example: 'drees/zones_prioritaires_20250627.csv',
      format: 'csv',
      encoding: 'utf-8',
      separator: ';',
      headerSearch: { firstCell: 'Code EPCI', maxRows: 20 },
      trailingNotes: true,
    },
  ],
  columns: [
    { header: 'Code EPCI', id: 'code_epci', required: true, check: 'epci', description: "SIREN de l'EPCI (9 chiffres)" },
    { header: 'Nom EPCI', id: 'nom_epci', required: true },
    { header: 'Code région', id: 'code_region', required: true, check: 'region' },
    { header: 'Date de désignation', id: 'date_designation', type: 'date', required: true },
    { header: 'Phase', id: 'phase', required: true, values: ['pilote', 'généralisation'] },
  ],
  key: ['code_epci'],
  versioning: 'snapshot',
  freshness: 'yearly',
  graceDays: 366,
  clean: [cleanZones],
});
