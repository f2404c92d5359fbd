import { loadActes, type Act } from './loadActes.js';
import { loadApl, type AplRow } from './loadApl.js';
import { loadDocteursJuniors, type JuniorSnapshot } from './loadDocteursJuniors.js';
import { loadEffectifs, type EffectifRow } from './loadEffectifs.js';
import { loadJournees, type DayUnit } from './loadJournees.js';
import { loadPatientele, type PatienteleRow } from './loadPatientele.js';
import { loadSatisfaction, type SurveyRow } from './loadSatisfaction.js';
import { loadUrgences } from './loadUrgences.js';
import { loadVolunteerSnapshots, type VolunteerSnapshot } from './loadVolunteerSnapshots.js';
import { lieuEpci } from './lieuEpci.js';
import type { Fault } from './oracleTypes.js';
import { rejectedLines } from './rejectedLines.js';
import { loadTerritory, type PopulationSource, type Territory } from './territory.js';
import { loadZoneScope, type ZoneListReading, type ZoneScope } from './zoneScope.js';

/** Everything the oracle reads from an inbox (faulty lines already left out, latest versions kept). */
export interface OracleInputs {
  territory: Territory;
  scope: ZoneScope;
  lieuEpci: Map<string, string>;
  journees: DayUnit[];
  acts: Act[];
  surveys: SurveyRow[];
  volunteers: VolunteerSnapshot[];
  apl: AplRow[];
  patientele: PatienteleRow[];
  effectifs: EffectifRow[];
  urgences: Map<string, number>;
  juniors: JuniorSnapshot[];
  /** The same inputs under another reading of an ambiguous rule. */
  withReading(reading: OracleReading): OracleInputs;
}

/** A reading of the two rules indicators.md leaves open that change many values at once. */
export interface OracleReading {
  population?: PopulationSource;
  zoneLists?: ZoneListReading;
}

export async function loadOracleInputs(inbox: string, faults: Fault[]): Promise<OracleInputs> {
  const rejected = rejectedLines(faults);
  const files = {
    lieuEpci: lieuEpci(inbox, rejected),
    journees: loadJournees(inbox, rejected),
    acts: loadActes(inbox, rejected),
    surveys: loadSatisfaction(inbox, rejected),
    volunteers: loadVolunteerSnapshots(inbox, rejected),
    apl: await loadApl(inbox, rejected),
    patientele: loadPatientele(inbox, rejected),
    effectifs: loadEffectifs(inbox, rejected),
    urgences: loadUrgences(inbox, rejected),
    juniors: loadDocteursJuniors(inbox, rejected),
  };
  const withReading = (reading: OracleReading): OracleInputs => ({
    ...files,
    territory: loadTerritory(reading.population),
    scope: loadZoneScope(inbox, rejected, reading.zoneLists),
    withReading,
  });
  return withReading({});
}

/** The zone in scope that an activity at `siret` on `day` belongs to, or undefined (not counted). */
export function zoneOfActivity(inputs: OracleInputs, siret: string, day: string): string | undefined {
  const epci = inputs.lieuEpci.get(siret);
  return epci !== undefined && inputs.scope.inScope(epci, day) ? epci : undefined;
}
