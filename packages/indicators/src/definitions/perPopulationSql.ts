import { computedNumeratorSql } from './computedNumeratorSql.js';
import { ratioSelectSql } from './ratioSelectSql.js';

/** SQL relating a computed count to the population of the zones in scope during the period. */
export function perPopulationSql(countId: string): string {
  return `
WITH ${computedNumeratorSql('counts', countId, 'amount')},
population AS (
  -- population municipale des zones en périmètre pendant la période
  SELECT period_type, period, level, geo_code, population
  FROM geo_universe
)
${ratioSelectSql({ step: 'counts', alias: 'c', column: 'amount' }, { step: 'population', alias: 'p', column: 'population' })}`;
}
