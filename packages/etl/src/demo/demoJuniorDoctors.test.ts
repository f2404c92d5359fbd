import { isLuhnValid } from '@vigie/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseZones } from './chooseZones.js';
import { buildJuniorDoctors, type DemoJuniorDoctor } from './demoJuniorDoctors.js';
import { demoFaultKinds } from './demoFaultKinds.js';
import { buildPlaces } from './demoPlaces.js';
import { DemoOutput } from './demoOutput.js';
import { loadDemoTerritory } from './demoTerritory.js';
import { readDemoCsv } from '../testing/readDemoCsv.js';
import { temporaryFolder } from '../testing/temporaryFolder.js';
import { FaultInjector } from './faultInjector.js';
import { writeDocteursJuniorsFiles } from './writeDocteursJuniorsFiles.js';

const UNTIL = '2027-01-31';
let root: string;
let remove: () => Promise<void>;
let output: DemoOutput;
let juniors: DemoJuniorDoctor[];
let lateRegion: string | null;

beforeAll(async () => {
  ({ path: root, remove } = await temporaryFolder('demo-dj'));
  const territory = loadDemoTerritory();
  const zones = [...new Map(chooseZones(territory, 1).flatMap((l) => l.zones).map((z) => [z.epci.code, z])).values()];
  const places = buildPlaces(territory, zones, 1);
  juniors = buildJuniorDoctors(zones, places, 1);
  const regions = [...new Set(places.map((l) => l.region))].sort();
  output = new DemoOutput(root, new FaultInjector(1, true, demoFaultKinds(territory.retiredCommuneCode)));
  ({ lateRegion } = await writeDocteursJuniorsFiles(output, juniors, regions, UNTIL));
  await output.finish();
}, 60_000);
afterAll(() => remove());

const files = (region: string) => output.files.filter((f) => f.path.startsWith(`ars/docteurs_juniors_${region}_`)).map((f) => f.path).sort();

describe('docteurs juniors de démonstration', () => {
  it('sont quelques dizaines à plusieurs centaines, dans des zones, avec des RPPS valides, des changements de lieu et des interruptions', () => {
    expect(juniors.length).toBeGreaterThan(30);
    expect(juniors.length).toBeLessThan(600);
    for (const dj of juniors) expect(isLuhnValid(dj.rpps) && isLuhnValid(dj.msu), dj.rpps).toBe(true);
    expect(juniors.some((dj) => dj.move !== null)).toBe(true);
    expect(juniors.some((dj) => dj.interruption !== null)).toBe(true);
    expect(new Set(juniors.map((dj) => dj.msu)).size).toBeLessThan(juniors.length);
  });

  it('écrit un instantané par région et par mois à partir d’octobre 2026 ; la région en retard n’envoie rien avant décembre', () => {
    expect(lateRegion).not.toBeNull();
    const onTime = juniors.map((dj) => dj.region).find((r) => r !== lateRegion)!;
    expect(files(onTime)).toEqual([
      `ars/docteurs_juniors_${onTime}_20261025.csv`, `ars/docteurs_juniors_${onTime}_20261129.csv`,
      `ars/docteurs_juniors_${onTime}_20261227.csv`, `ars/docteurs_juniors_${onTime}_20270131.csv`,
    ]);
    expect(files(lateRegion!)).toEqual([`ars/docteurs_juniors_${lateRegion}_20261227.csv`, `ars/docteurs_juniors_${lateRegion}_20270131.csv`]);
  });

  it('passe d’affecté (octobre) à en poste (novembre), avec les actes du mois précédent une fois un mois passé', async () => {
    const region = juniors[0]!.region === lateRegion ? juniors.find((dj) => dj.region !== lateRegion)!.region : juniors[0]!.region;
    const october = await readDemoCsv(root, `ars/docteurs_juniors_${region}_20261025.csv`);
    expect(october.header).toEqual(['num_rpps', 'semestre', 'date_debut', 'date_fin', 'siret_lieu', 'code_commune', 'num_rpps_msu', 'zonage', 'statut', 'actes_mois_precedent']);
    expect(new Set(october.rows.map((r) => r.cells[8]))).toEqual(new Set(['AFFECTE']));
    const last = await readDemoCsv(root, `ars/docteurs_juniors_${region}_20270131.csv`);
    expect(last.rows.some((r) => r.cells[8] === 'EN_POSTE' && /^\d+$/.test(r.cells[9] ?? ''))).toBe(true);
  });

  it('glisse des fautes des deux sortes dans les instantanés, jamais dans le dernier', () => {
    const faults = output.faultInjector.faults.filter((f) => f.path.startsWith('ars/docteurs_juniors_'));
    expect(new Set(faults.map((f) => f.column))).toEqual(new Set(['num_rpps_msu', 'zonage']));
    expect(faults.every((f) => !f.path.endsWith('_20270131.csv'))).toBe(true);
  });
});
