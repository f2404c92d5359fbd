import { isoWeekday, lastCompleteWeekEnd, parisToday } from '@vigie/core';
import { chooseZones } from './chooseZones.js';
import { contextCommunes } from './contextCommunes.js';
import { buildJuniorDoctors } from './demoJuniorDoctors.js';
import { demoFaultKinds } from './demoFaultKinds.js';
import { buildMissionDays } from './demoMissionDays.js';
import { buildPlaces } from './demoPlaces.js';
import { DemoOutput } from './demoOutput.js';
import { DemoPatients } from './demoPatients.js';
import { loadDemoTerritory } from './demoTerritory.js';
import type { DemoOptions, DemoSummary } from './demoTypes.js';
import { buildVolunteers } from './demoVolunteers.js';
import { FaultInjector } from './faultInjector.js';
import { writeActesFiles } from './writeActesFiles.js';
import { writeAplFiles } from './writeAplFiles.js';
import { writeDocteursJuniorsFiles } from './writeDocteursJuniorsFiles.js';
import { writeEffectifsFiles } from './writeEffectifsFiles.js';
import { writeInseeFiles } from './writeInseeFiles.js';
import { writeJourneesFiles } from './writeJourneesFiles.js';
import { writeLieuxFiles } from './writeLieuxFiles.js';
import { writePatienteleFiles } from './writePatienteleFiles.js';
import { writeSatisfactionFiles } from './writeSatisfactionFiles.js';
import { writeUrgencesFile } from './writeUrgencesFile.js';
import { writeVolontairesFiles } from './writeVolontairesFiles.js';
import { writeZonesFiles } from './writeZonesFiles.js';

/** Première semaine qui peut clore un jeu de démonstration : celle du lancement (01/09/2025). */
const FIRST_UNTIL = '2025-09-07';

function checkedOptions(options: DemoOptions): { until: string; scale: number; seed: number } {
  const until = options.until ?? lastCompleteWeekEnd(parisToday());
  if (!/^\d{4}-\d\d-\d\d$/.test(until) || Number.isNaN(Date.parse(until)) || isoWeekday(until) !== 7 || until < FIRST_UNTIL) {
    throw new Error(`Date de fin "${until}" refusée : attendu un dimanche AAAA-MM-JJ à partir du ${FIRST_UNTIL} (fin de la dernière semaine complète).`);
  }
  const scale = options.scale ?? 1;
  if (!(scale > 0 && scale <= 1000)) throw new Error(`Échelle ${scale} refusée : attendu un nombre strictement positif (0,1 pour un petit jeu, 10 pour une mesure).`);
  const seed = options.seed ?? 1;
  if (!Number.isInteger(seed)) throw new Error(`Graine ${seed} refusée : attendu un entier.`);
  return { until, scale, seed };
}

/**
 * Écrit dans `options.out` des extraits de démonstration pour chaque source de extracts.md, dans leurs
 * formats exacts, déterministes (mêmes options, mêmes octets), avec quelques lignes fautives listées.
 */
export async function writeDemoInbox(options: DemoOptions): Promise<DemoSummary> {
  const { until, scale, seed } = checkedOptions(options);
  const territory = loadDemoTerritory();
  const lists = chooseZones(territory, seed);
  const allZones = [...new Map(lists.flatMap((l) => l.zones).map((z) => [z.epci.code, z])).values()];
  const places = buildPlaces(territory, allZones, seed);
  const volunteers = buildVolunteers(territory, places, until, scale, seed);
  const missionDays = buildMissionDays(volunteers, places, until, seed);
  const context = contextCommunes(territory, lists, seed);
  const regions = [...new Set(places.map((l) => l.region))].sort();

  const output = new DemoOutput(options.out, new FaultInjector(seed, options.faults ?? true, demoFaultKinds(territory.retiredCommuneCode)));
  await writeZonesFiles(output, lists, until);
  await writeUrgencesFile(output, context, seed);
  await writeAplFiles(output, context, seed);
  // Un millésime annuel n'existe qu'une fois l'année close (2024 toujours : il précède le lancement).
  await writeEffectifsFiles(output, territory, [2024, 2025].filter((year) => year === 2024 || `${year}-12-31` <= until), seed);
  await writePatienteleFiles(output, context, until, seed);
  await writeLieuxFiles(output, places, regions, until);
  await writeVolontairesFiles(output, volunteers, regions, until);
  await writeJourneesFiles(output, missionDays, regions, until);
  await writeActesFiles(output, missionDays, new DemoPatients(seed, scale), until, seed);
  await writeSatisfactionFiles(output, missionDays, regions, until, seed);
  await writeDocteursJuniorsFiles(output, buildJuniorDoctors(allZones, places, seed), regions, until);
  if (options.insee) await writeInseeFiles(output, territory);
  await output.finish();

  return { out: options.out, until, scale, files: output.files, faults: output.faultInjector.faults };
}
