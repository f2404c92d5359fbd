import { computedNumeratorSql } from './computedNumeratorSql.js';
import { ratioSelectSql } from './ratioSelectSql.js';
import { sumByPeriodSql } from './sumByPeriodSql.js';

/** SQL of a share of acts: acts meeting `condition` ÷ all acts (`consultations` of the run). */
export function actShareSql(comment: string, condition: string): string {
  return `
WITH selected_by_day AS (
  -- ${comment}
  SELECT day, code_epci, count(*) AS acts
  FROM acts_in_scope
  WHERE ${condition}
  GROUP BY ALL
),
${sumByPeriodSql('selected', 'selected_by_day', 's', 'acts')},
${computedNumeratorSql('all_acts', 'consultations', 'acts')}
${ratioSelectSql({ step: 'selected', alias: 's', column: 'acts' }, { step: 'all_acts', alias: 'a', column: 'acts' })}`;
}
