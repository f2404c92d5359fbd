import type { Warehouse } from '@vigie/etl';
import type { IndicatorDefinition } from '../definitions/indicatorDefinition.js';
import { definitionVersionText } from './definitionVersionText.js';
import { ensureAuditTables } from './ensureAuditTables.js';
import { recordSocleVersion } from './recordSocleVersion.js';

/**
 * Keeps the full text of every version computed: inserts (id, version, text) when new. A version
 * whose SQL or parameters changed without a version bump fails the compute, so that a version
 * always names one text and its old values can be re-derived. Records the run's common base too
 * (recordSocleVersion).
 */
export async function recordDefinitionVersions(wh: Warehouse, definitions: readonly IndicatorDefinition[], runId: string): Promise<void> {
  await ensureAuditTables(wh);
  const recorded = await wh.all<{ indicator_id: string; version: number; text_hash: string; first_run_id: string }>(
    'SELECT indicator_id, version, text_hash, first_run_id FROM indicators.definition_versions',
  );
  const known = new Map(recorded.map((r) => [`${r.indicator_id}@${r.version}`, r]));
  for (const def of definitions) {
    const text = definitionVersionText(def);
    const previous = known.get(`${def.id}@${def.version}`);
    if (previous) {
      if (previous.text_hash !== text.hash) {
        throw new Error(
          `L'indicateur ${def.id} a changé (SQL ou paramètres) mais garde la version ${def.version}, déjà calculée par l'exécution ` +
            `${previous.first_run_id} avec un autre texte (empreinte ${previous.text_hash.slice(0, 12)}…, maintenant ${text.hash.slice(0, 12)}…). ` +
            `Une version désigne un seul texte : passez la définition en version ${def.version + 1} et décrivez le changement dans « changes » ` +
            `(packages/indicators/src/definitions/), puis relancez le calcul.`,
        );
      }
      continue;
    }
    await wh.run(
      `INSERT INTO indicators.definition_versions VALUES ($id, $version, $hash, $sql, $parameters, $rule, $label, $definition, $json, $run, timezone('UTC', now()))`,
      {
        id: def.id,
        version: def.version,
        hash: text.hash,
        sql: def.sql.trim(),
        parameters: text.parameters,
        rule: def.secrecy.rule,
        label: def.label,
        definition: def.definition,
        json: text.json,
        run: runId,
      },
    );
  }
  await recordSocleVersion(wh, runId);
}
