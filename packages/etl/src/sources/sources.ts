import { actesSource } from './actesSource.js';
import { aplSource } from './aplSource.js';
import { docteursJuniorsSource } from './docteursJuniorsSource.js';
import { effectifsSource } from './effectifsSource.js';
import { inseeCommunesSource } from './inseeCommunesSource.js';
import { inseeEpciSource } from './inseeEpciSource.js';
import { journeesSource } from './journeesSource.js';
import { lieuxSource } from './lieuxSource.js';
import { patienteleSource } from './patienteleSource.js';
import { satisfactionSource } from './satisfactionSource.js';
import type { SourceDeclaration } from './sourceDeclaration.js';
import { urgencesSource } from './urgencesSource.js';
import { volontairesSource } from './volontairesSource.js';
import { zonesSource } from './zonesSource.js';

/** Every declared source. The INSEE referential comes first: the others are checked against it. */
export const sources: readonly SourceDeclaration[] = [
  inseeCommunesSource,
  inseeEpciSource,
  zonesSource,
  aplSource,
  urgencesSource,
  actesSource,
  patienteleSource,
  effectifsSource,
  volontairesSource,
  lieuxSource,
  journeesSource,
  satisfactionSource,
  docteursJuniorsSource,
];

export function sourceById(id: string): SourceDeclaration {
  const found = sources.find((s) => s.id === id);
  if (!found) throw new Error(`Source inconnue : ${id}`);
  return found;
}
