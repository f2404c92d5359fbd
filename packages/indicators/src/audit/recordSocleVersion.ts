import type { Warehouse } from '@vigie/etl';
import { ensureAuditTables } from './ensureAuditTables.js';
import { socleText, type SocleText } from './socleText.js';

/**
 * Keeps the text of the common base (socleText) once per distinct text, and which base each run
 * computed with (indicators.socle_versions, indicators.run_socle).
 */
export async function recordSocleVersion(wh: Warehouse, runId: string, socle: SocleText = socleText()): Promise<void> {
  await ensureAuditTables(wh);
  await wh.run(
    `INSERT INTO indicators.socle_versions
     SELECT $hash, $json, $run, timezone('UTC', now())
     WHERE NOT EXISTS (SELECT 1 FROM indicators.socle_versions WHERE text_hash = $hash)`,
    { hash: socle.hash, json: socle.json, run: runId },
  );
  await wh.run('DELETE FROM indicators.run_socle WHERE run_id = $run', { run: runId });
  await wh.run('INSERT INTO indicators.run_socle VALUES ($run, $hash)', { run: runId, hash: socle.hash });
}
