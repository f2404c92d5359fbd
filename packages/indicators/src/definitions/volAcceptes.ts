import { defineIndicator } from './indicatorDefinition.js';
import { ALL_PERIODS, CREATED } from './conventions.js';
import { SNAPSHOT_COUNTS_ONCE, volunteerSnapshotSql } from './volunteerSnapshotSql.js';

export const volAcceptes = defineIndicator({
  id: 'vol_acceptes',
  version: 2,
  theme: 'Mobilisation des volontaires',
  label: 'Volontaires acceptés',
  definition: 'Nombre de RPPS distincts dont le dossier, dans le dernier instantané de l’ARS au plus tard à la fin de la période, est « Accepté ».',
  kind: 'count',
  numerator: 'RPPS distincts acceptés',
  denominator: null,
  unit: 'volontaires',
  scale: 1,
  periodicity: [...ALL_PERIODS],
  levels: ['region', 'national'],
  sources: ['ars.volontaires', 'drees.zones', 'insee'],
  secrecy: { numerator: null, denominator: null, rule: 'Aucun : des médecins volontaires, comptés sans nom ni RPPS.' },
  dependsOn: [],
  limits: [
    'Même instantané que vol_candidatures ; un dossier accepté puis retiré (état revenu en arrière) ne compte plus dans l’instantané suivant.',
    'Région sans aucun instantané à cette date : statut sans_donnees ; national : partiel si une région en périmètre n’a pas encore d’instantané.',
    'Chaque export est un instantané complet : un export sans aucun dossier (en-tête seul, ou doublon d’un tel fichier) compte 0 pour sa région ; il est lu au registre des fichiers (ledger.files), puisqu’il ne laisse aucune ligne dans clean.volontaires. Un export dont toutes les lignes ont été rejetées ne remplace pas l’instantané précédent.',
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
  sql: volunteerSnapshotSql(['accepte']),
});
