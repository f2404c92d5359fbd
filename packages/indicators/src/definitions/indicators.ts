import { consultations } from './consultations.js';
import type { IndicatorDefinition } from './indicatorDefinition.js';
import { joursRealises } from './joursRealises.js';
import { tauxZonesCouvertes } from './tauxZonesCouvertes.js';
import { zonesCouvertes } from './zonesCouvertes.js';

/** Every indicator of the project, in the order of indicators.md. Adding one: its file, its test, one line here. */
export const indicators: readonly IndicatorDefinition[] = Object.freeze([
  joursRealises,
  zonesCouvertes,
  tauxZonesCouvertes,
  consultations,
]);
