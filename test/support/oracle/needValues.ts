import type { OracleInputs } from './loadOracleInputs.js';
import { zoneOfActivity } from './loadOracleInputs.js';
import type { EmitValue, Period } from './oracleTypes.js';
import { LAUNCH } from './oraclePeriods.js';
import type { PeriodGeography } from './periodGeography.js';
import { splitGeo, zoneGeos, type GeoKey } from './zoneGeos.js';

/** indicators.md « Besoin et objectifs »: the parameters in force (dated parameters, one value so far). */
const THRESHOLD = 2.5;
const DEFAULT_ACTS_PER_DAY = 20;
const MINIMUM_DAYS = 10;
const DAYS_PER_MONTH = 30.44;
/** The pace of the last 4 weeks: the 28 days ending on the period's last day, that day included. */
const PACE_DAYS = 28;

/**
 * besoin_consultations_an, besoin_journees_mois, taux_couverture_besoin, rythme_journees_mois,
 * journees_manquantes_mois.
 * Reading: the APL is `AplRow.apl` (loadApl reads the under-65 series, DREES's headline); the
 * "latest APL year not after the period's end" is the newest year of the APL files not after the
 * period's end year, for every commune; a commune without a value that year counts 0 and makes the
 * value `partiel`. A zone describes itself; a département, région or France its zones in scope on
 * the period's last day (as apl_mg).
 * Assumptions: acts per day is Σ acts ÷ Σ realised units in France from the launch to the period's
 * end; it is used when there are at least 10 days and more than 10 acts (a national count of 1 to
 * 10 is masked, and a rate of 0 would make the need infinite), else 20. "Days in the period" are
 * its days from start to end (a running month is cut at its end).
 * rythme_journees_mois and journees_manquantes_mois are not in indicators.md (read-only here): they
 * publish what the dashboard's need panel showed, « réalisé au rythme des 4 dernières semaines » =
 * the realised units of the 28 days ending on the period's last day × 30.44 ÷ 28 (0 without days),
 * and « journées manquantes par mois » = need − that pace, at least 0, rounded up to a whole day
 * (after rounding to 6 decimals); no data without a need, `partiel` with it.
 */
export function needValues(inputs: OracleInputs, period: Period, geography: PeriodGeography, emit: EmitValue): void {
  const { territory } = inputs;
  const year = Math.max(-Infinity, ...inputs.apl.map((r) => r.year).filter((y) => y <= Number(period.end.slice(0, 4))));
  const apl = new Map(inputs.apl.filter((r) => r.year === year).map((r) => [r.commune, r.apl]));

  const placedUpTo = <T extends { date: string; siret: string }>(items: T[], from: string) =>
    items.filter((i) => i.date >= from && i.date <= period.end && zoneOfActivity(inputs, i.siret, i.date) !== undefined);
  const realisedNational = placedUpTo(inputs.journees.filter((j) => j.statut === 'REALISEE'), LAUNCH);
  const days = realisedNational.reduce((s, d) => s + d.units, 0);
  const acts = placedUpTo(inputs.acts, LAUNCH).length;
  const actsPerDay = days >= MINIMUM_DAYS && acts > 10 ? acts / days : DEFAULT_ACTS_PER_DAY;
  const realisedByGeo = new Map<GeoKey, number>();
  const paceByGeo = new Map<GeoKey, number>();
  const paceStart = new Date(Date.parse(period.end) - (PACE_DAYS - 1) * 86_400_000).toISOString().slice(0, 10);
  for (const d of realisedNational) {
    for (const g of zoneGeos(territory, zoneOfActivity(inputs, d.siret, d.date)!)) {
      if (d.date >= period.start) realisedByGeo.set(g, (realisedByGeo.get(g) ?? 0) + d.units);
      if (d.date >= paceStart) paceByGeo.set(g, (paceByGeo.get(g) ?? 0) + d.units);
    }
  }
  const periodDays = (Date.parse(period.end) - Date.parse(period.start)) / 86_400_000 + 1;

  for (const geo of geography.geos) {
    const [level, code] = splitGeo(geo);
    const paceDays = paceByGeo.get(geo) ?? 0;
    const pace = (paceDays * DAYS_PER_MONTH) / PACE_DAYS;
    emit('rythme_journees_mois', geo, { value: pace, numerator: paceDays, denominator: PACE_DAYS, status: 'ok' });
    const zones = level === 'zone' ? [code] : (geography.zonesAtEndByGeo.get(geo) ?? []);
    let need = 0;
    let partial = false;
    for (const z of zones) {
      for (const m of territory.epci.get(z)!.members) {
        const value = apl.get(m.code);
        if (value === undefined) partial = true;
        else need += m.population * Math.max(0, THRESHOLD - value);
      }
    }
    if (!Number.isFinite(year)) {
      for (const id of ['besoin_consultations_an', 'besoin_journees_mois', 'taux_couverture_besoin', 'journees_manquantes_mois']) {
        emit(id, geo, { value: null, status: 'sans_donnees' });
      }
      continue;
    }
    const status = partial ? 'partiel' : 'ok';
    emit('besoin_consultations_an', geo, { value: need, status });
    const monthly = need / 12 / actsPerDay;
    emit('besoin_journees_mois', geo, { value: monthly, numerator: need / 12, denominator: actsPerDay, status });
    const missing = Math.ceil(Number(Math.max(0, monthly - pace).toFixed(6)));
    emit('journees_manquantes_mois', geo, { value: missing, numerator: missing, status });
    const realised = realisedByGeo.get(geo) ?? 0;
    const due = (monthly * periodDays) / DAYS_PER_MONTH;
    emit('taux_couverture_besoin', geo, due === 0 ? { value: null, status: 'sans_donnees' } : { value: realised / due, numerator: realised, denominator: due, status });
  }
}
