import { computedNumeratorSql } from './computedNumeratorSql.js';
import { ratioSelectSql } from './ratioSelectSql.js';

/** SQL dividing one computed indicator of the run by another, territory by territory. */
export function ratioOfComputedSql(numeratorId: string, denominatorId: string): string {
  return `
WITH ${computedNumeratorSql('numerators', numeratorId, 'amount')},
${computedNumeratorSql('denominators', denominatorId, 'amount')}
${ratioSelectSql({ step: 'numerators', alias: 'n', column: 'amount' }, { step: 'denominators', alias: 'd', column: 'amount' })}`;
}
