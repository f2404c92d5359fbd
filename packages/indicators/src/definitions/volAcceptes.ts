import { defineIndicator } from './indicatorDefinition.js';
import { NOTE_EMPTY_SNAPSHOT, NOTE_NO_SNAPSHOT } from './conventions.js';
import { volunteerSnapshot } from './volunteerSnapshot.js';

export const volAcceptes = defineIndicator({
  id: 'vol_acceptes',
  version: 2,
  theme: 'Mobilisation des volontaires',
  label: 'Volontaires acceptés',
  definition: 'Nombre de RPPS distincts dont le dossier, dans le dernier instantané de l’ARS au plus tard à la fin de la période, est « Accepté ».',
  ...volunteerSnapshot({
    numerator: 'RPPS distincts acceptés',
    states: ['accepte'],
    secrecyRule: 'Aucun : des médecins volontaires, comptés sans nom ni RPPS.',
  }),
  limits: [
    'Même instantané que vol_candidatures ; un dossier accepté puis retiré (état revenu en arrière) ne compte plus dans l’instantané suivant.',
    NOTE_NO_SNAPSHOT,
    NOTE_EMPTY_SNAPSHOT,
  ],
});
