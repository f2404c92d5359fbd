import type { ExpectedValue } from './oracleTypes.js';

/** A ratio value: `sans_donnees` (no value) when the denominator is 0. */
export function ratio(numerator: number, denominator: number, factor = 1, secrecyCounts?: number[]): ExpectedValue {
  return {
    value: denominator === 0 ? null : (numerator / denominator) * factor,
    numerator,
    denominator,
    status: denominator === 0 ? 'sans_donnees' : 'ok',
    ...(secrecyCounts ? { secrecyCounts } : {}),
  };
}

export function count(value: number, secrecy = false): ExpectedValue {
  return { value, status: 'ok', ...(secrecy ? { secrecyCounts: [value] } : {}) };
}
