import { createHash } from 'node:crypto';
import type { IndicatorDefinition } from '../definitions/indicatorDefinition.js';

export interface DefinitionVersionText {
  /** What decides the values, as JSON: kind, scale, periodicity, levels, dependsOn, secrecy subjects. */
  parameters: string;
  /** SHA-256 of the SQL and the parameters: two computations with the same hash give the same values. */
  hash: string;
  /** The whole definition as JSON (fiche included): what re-derivation and the audit bundle read. */
  json: string;
}

/** The text of one version of a definition, and its hash (a version = one text). */
export function definitionVersionText(def: IndicatorDefinition): DefinitionVersionText {
  const parameters = JSON.stringify({
    kind: def.kind,
    scale: def.scale,
    periodicity: def.periodicity,
    levels: def.levels,
    dependsOn: def.dependsOn,
    secrecy: { numerator: def.secrecy.numerator, denominator: def.secrecy.denominator },
  });
  const hash = createHash('sha256').update(def.sql.trim()).update('\n--\n').update(parameters).digest('hex');
  return { parameters, hash, json: JSON.stringify(def) };
}
