import { activityValues } from './activityValues.js';
import { contextValues } from './contextValues.js';
import { coverageValues } from './coverageValues.js';
import { INDICATOR_LEVELS } from './indicatorLevels.js';
import { juniorValues } from './juniorValues.js';
import { needValues } from './needValues.js';
import type { OracleInputs } from './loadOracleInputs.js';
import { oracleKey, type ExpectedValue, type Period } from './oracleTypes.js';
import { periodGeography } from './periodGeography.js';
import { volunteerValues } from './volunteerValues.js';
import { splitGeo, type GeoKey } from './zoneGeos.js';

/**
 * An independent computation of every indicator of indicators.md from an inbox's files (read by
 * `loadOracleInputs`), written from indicators.md and extracts.md only, never from the project's
 * SQL; for small test inboxes. Keys: `oracleKey(indicator, periodType, period, level, code)`.
 */
export function computeOracle(inputs: OracleInputs, periods: Period[]): Map<string, ExpectedValue> {
  const values = new Map<string, ExpectedValue>();
  for (const period of periods) {
    const geography = periodGeography(inputs, period);
    const emit = (indicator: string, geo: GeoKey, value: ExpectedValue) => {
      const [level, code] = splitGeo(geo);
      if (!INDICATOR_LEVELS[indicator]?.includes(level)) return;
      values.set(oracleKey(indicator, period.type, period.code, level, code), value);
    };
    activityValues(inputs, period, geography, emit);
    coverageValues(inputs, period, geography, emit);
    volunteerValues(inputs, period, emit);
    contextValues(inputs, period, geography, emit);
    needValues(inputs, period, geography, emit);
    juniorValues(inputs, period, geography, emit);
  }
  return values;
}
