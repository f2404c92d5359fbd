import type { OracleInputs } from './loadOracleInputs.js';
import { zoneOfActivity } from './loadOracleInputs.js';
import type { EmitValue, Period } from './oracleTypes.js';
import type { PeriodGeography } from './periodGeography.js';
import { count, ratio } from './ratio.js';
import { byGeo } from './zoneGeos.js';

/** Daily indemnity in force on a day (indicators.md: 200 € from 2025-09-01, a dated parameter). */
export const dailyIndemnity = (day: string) => (day >= '2025-09-01' ? 200 : 0);

/**
 * Volunteers' days and patients' acts of a period (indicators.md: Mobilisation, Couverture
 * (lieux_actifs, jours_pour_10000_hab), Prise en charge, Coût), at every level.
 * A day or an act counts when dated in the period at a lieu whose EPCI is in scope that day.
 */
export function activityValues(inputs: OracleInputs, period: Period, geography: PeriodGeography, emit: EmitValue): void {
  const { territory } = inputs;
  const inPeriod = (day: string) => day >= period.start && day <= period.end;
  const placed = <T extends { date: string; siret: string }>(items: T[]) =>
    items.flatMap((item) => {
      const zone = inPeriod(item.date) ? zoneOfActivity(inputs, item.siret, item.date) : undefined;
      return zone ? [{ ...item, zone }] : [];
    });
  const realised = byGeo(territory, placed(inputs.journees.filter((j) => j.statut === 'REALISEE')), (d) => d.zone);
  const cancelled = byGeo(territory, placed(inputs.journees.filter((j) => j.statut === 'ANNULEE')), (d) => d.zone);
  const acts = byGeo(territory, placed(inputs.acts), (a) => a.zone);
  const surveys = byGeo(territory, surveysOfPeriod(inputs, period), (s) => s.zone);

  for (const geo of geography.geos) {
    const days = realised.get(geo) ?? [];
    const units = sum(days.map((d) => d.units));
    const volunteers = new Set(days.map((d) => d.rpps)).size;
    const cancelledUnits = sum((cancelled.get(geo) ?? []).map((d) => d.units));
    const population = geography.populationAtEnd(geo);
    emit('vol_actifs', geo, count(volunteers));
    emit('jours_realises', geo, count(units));
    emit('taux_annulation', geo, ratio(cancelledUnits, units + cancelledUnits));
    emit('jours_par_volontaire', geo, ratio(units, volunteers));
    emit('lieux_actifs', geo, count(new Set(days.map((d) => d.siret)).size));
    emit('jours_pour_10000_hab', geo, ratio(units, population, 10_000));

    const a = acts.get(geo) ?? [];
    const n = a.length;
    const share = (k: number) => ratio(k, n, 1, [k, n]);
    emit('consultations', geo, count(n, true));
    emit('consultations_pour_1000_hab', geo, ratio(n, population, 1_000, [n]));
    emit('consultations_par_jour', geo, ratio(n, units, 1, [n]));
    emit('patients_distincts', geo, count(new Set(a.map((x) => x.patient)).size, true));
    emit('part_patients_sans_mt', geo, share(a.filter((x) => !x.withMt).length));
    emit('part_patients_ald', geo, share(a.filter((x) => x.ald).length));
    emit('part_visites', geo, share(a.filter((x) => x.code === 'VG' || x.code === 'VGS').length));
    emit('taux_depassement', geo, share(a.filter((x) => x.depassement > 0).length));

    const indemnities = sum(days.map((d) => d.units * dailyIndemnity(d.date)));
    emit('indemnites_eur', geo, count(indemnities));
    emit('cout_par_acte', geo, ratio(indemnities, n, 1, [n]));

    // Respondents are patients: Σ nb_reponses from 1 to 10 is a count the SNDS rule masks (assumption).
    const s = surveys.get(geo) ?? [];
    const responses = sum(s.map((x) => x.responses));
    emit('satisfaction_moyenne', geo, ratio(sum(s.map((x) => x.mean * x.responses)), responses, 1, [responses]));
  }
}

/**
 * Survey rows of a period, placed by their lieu. Assumptions (the survey is monthly, the spec does
 * not say how it meets other periods): a period takes the surveys of every month it overlaps (a
 * `mois` its own month, a `cumul` every month from the launch's to its end's, a `semaine` the one or
 * two months its days fall in). A lieu's survey of a month counts when its zone is in scope on the
 * month's last day.
 */
function surveysOfPeriod(inputs: OracleInputs, period: Period) {
  const months = (m: string) => m >= period.start.slice(0, 7) && m <= period.end.slice(0, 7);
  return inputs.surveys.flatMap((s) => {
    if (!months(s.month)) return [];
    const zone = zoneOfActivity(inputs, s.siret, monthEnd(s.month));
    return zone ? [{ ...s, zone }] : [];
  });
}

function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
