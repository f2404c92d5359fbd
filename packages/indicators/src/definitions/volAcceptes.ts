import { defineIndicator } from './indicatorDefinition.js';
import { ALL_PERIODS, CREATED } from './conventions.js';
import { volunteerSnapshotSql } from './volunteerSnapshotSql.js';

export const volAcceptes = defineIndicator({
  id: 'vol_acceptes',
  version: 1,
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
  ],
  changes: [CREATED],
  sql: volunteerSnapshotSql(['accepte']),
});
