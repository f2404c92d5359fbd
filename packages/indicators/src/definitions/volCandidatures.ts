import { defineIndicator } from './indicatorDefinition.js';
import { NOTE_EMPTY_SNAPSHOT, NOTE_NO_SNAPSHOT } from './conventions.js';
import { volunteerSnapshot } from './volunteerSnapshot.js';

export const volCandidatures = defineIndicator({
  id: 'vol_candidatures',
  version: 2,
  theme: 'Mobilisation des volontaires',
  label: 'Candidatures déposées',
  definition:
    'Nombre de RPPS distincts dont le dossier, dans le dernier instantané de l’ARS au plus tard à la fin de la période, est « En instruction » ou « Accepté ».',
  ...volunteerSnapshot({
    numerator: 'RPPS distincts en instruction ou acceptés',
    states: ['en instruction', 'accepte'],
    secrecyRule: 'Aucun : des médecins volontaires, comptés sans nom ni RPPS (la règle du SNDS vise les patients et les actes).',
  }),
  limits: [
    'Indicateur de stock : la situation dans le dernier instantané de chaque ARS au plus tard le dernier jour de la période (même valeur pour une semaine et le cumul qui finit le même jour).',
    'Un dossier compte dans la région de l’ARS dont l’export le contient ; au niveau national, un même RPPS n’est compté qu’une fois.',
    'Un dossier sans numéro RPPS n’est pas compté.',
    NOTE_NO_SNAPSHOT,
    NOTE_EMPTY_SNAPSHOT,
    'Les régions affichées sont celles qui ont une zone en périmètre ; le total national compte aussi les instantanés des autres régions.',
  ],
});
