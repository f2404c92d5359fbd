import { defineIndicator } from './indicatorDefinition.js';
import { ALL_PERIODS, CREATED } from './conventions.js';
import { SNAPSHOT_COUNTS_ONCE, volunteerSnapshotSql } from './volunteerSnapshotSql.js';

export const volCandidatures = defineIndicator({
  id: 'vol_candidatures',
  version: 2,
  theme: 'Mobilisation des volontaires',
  label: 'Candidatures déposées',
  definition:
    'Nombre de RPPS distincts dont le dossier, dans le dernier instantané de l’ARS au plus tard à la fin de la période, est « En instruction » ou « Accepté ».',
  kind: 'count',
  numerator: 'RPPS distincts en instruction ou acceptés',
  denominator: null,
  unit: 'volontaires',
  scale: 1,
  periodicity: [...ALL_PERIODS],
  levels: ['region', 'national'],
  sources: ['ars.volontaires', 'drees.zones', 'insee'],
  secrecy: { numerator: null, denominator: null, rule: 'Aucun : des médecins volontaires, comptés sans nom ni RPPS (la règle du SNDS vise les patients et les actes).' },
  dependsOn: [],
  limits: [
    'Indicateur de stock : la situation dans le dernier instantané de chaque ARS au plus tard le dernier jour de la période (même valeur pour une semaine et le cumul qui finit le même jour).',
    'Un dossier compte dans la région de l’ARS dont l’export le contient ; au niveau national, un même RPPS n’est compté qu’une fois.',
    'Un dossier sans numéro RPPS n’est pas compté.',
    'Région sans aucun instantané à cette date : statut sans_donnees ; national : partiel si une région en périmètre n’a pas encore d’instantané.',
    'Chaque export est un instantané complet : un export sans aucun dossier (en-tête seul, ou doublon d’un tel fichier) compte 0 pour sa région ; il est lu au registre des fichiers (ledger.files), puisqu’il ne laisse aucune ligne dans clean.volontaires. Un export dont toutes les lignes ont été rejetées ne remplace pas l’instantané précédent.',
    'Les régions affichées sont celles qui ont une zone en périmètre ; le total national compte aussi les instantanés des autres régions.',
  ],
  changes: [
    CREATED,
    {
      version: 1,
      date: '2026-11-23',
      change:
        'Correction sans changement de définition : un export sans aucun dossier (en-tête seul) compte 0 pour sa région ; il était pris pour une absence d’instantané (sans_donnees, national partiel).',
    },
    SNAPSHOT_COUNTS_ONCE,
  ],
  sql: volunteerSnapshotSql(['en instruction', 'accepte']),
});
