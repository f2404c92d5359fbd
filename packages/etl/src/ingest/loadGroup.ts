import { formatNumber, sqlString } from '@vigie/core';
import type { SourceDeclaration } from '../sources/sourceDeclaration.js';
import type { Warehouse } from '../warehouse/index.js';
import type { IngestFileSummary } from './ingestTypes.js';
import type { FilePlan } from './prepareFile.js';
import { type LedgerBatch, unloadedSummary } from './ledgerBatch.js';
import { checkTableSql, headersTableSql, insertRawSql, insertRejectsSql } from './validationSql.js';

/** Files of one source staged together: the query over their rows and the tables behind it. */
export interface StagedGroup {
  source: SourceDeclaration;
  plans: FilePlan[];
  fields: string;
  tables: string[];
  name: string;
}

/**
 * Phase 2 of an ingest, inside the transaction, for a group of staged files: checks each file's
 * region (from its name) against the referential, validates every row of the group in one SQL
 * pass, writes valid rows to the raw table, faults to ledger.rejects, and each file's ledger line.
 */
export async function loadGroup(
  wh: Warehouse,
  group: StagedGroup,
  run: { runId: string; arrivedAt: string; regions: ReadonlySet<string>; ledger: LedgerBatch },
): Promise<IngestFileSummary[]> {
  const out: IngestFileSummary[] = [];
  const loadable: FilePlan[] = [];
  for (const plan of group.plans) {
    const scope = plan.match?.scope;
    if (scope && !run.regions.has(scope)) {
      const example = group.source.files[0]?.example;
      const message = `le code région « ${scope} » du nom du fichier n'est pas une région du référentiel (ex. ${example}). Renommez le fichier puis déposez-le à nouveau.`;
      const rows = await wh.one<{ n: number }>(`SELECT count(*) AS n FROM (${group.fields}) WHERE _file = ${plan.file}`);
      out.push(run.ledger.add(plan, unloadedSummary(plan, 'rejete', message, rows?.n ?? 0)));
    } else loadable.push(plan);
  }
  if (loadable.length === 0) return out;

  const meta = `${group.name}_meta`;
  const check = `${group.name}_check`;
  const values = loadable
    .map((p) => `(${p.file}, ${sqlString(p.fileId)}, ${sqlString(p.path)}, ${sqlString(group.source.id)}, ${p.extractDate ? `DATE '${p.extractDate}'` : 'NULL::DATE'}, ${p.match?.scope ? sqlString(p.match.scope) : 'NULL::VARCHAR'})`)
    .join(', ');
  await wh.run(`CREATE OR REPLACE TEMP TABLE ${meta} AS SELECT * FROM (VALUES ${values}) AS m(_file, file_id, path, source_id, extract_date, scope)`);
  await wh.run(checkTableSql(group.source, group.fields, check, meta));
  const counts = new Map(
    (await wh.all<{ _file: number; read: number; rejected: number }>(
      `SELECT _file, count(*) AS read, count(*) FILTER (WHERE NOT _ok) AS rejected FROM ${check} GROUP BY _file`,
    )).map((c) => [c._file, c]),
  );
  if ([...counts.values()].some((c) => c.rejected > 0)) {
    const headers = `${group.name}_headers`;
    // The headers of the files with rejects only: the others are never looked up (1 152 day files, a few hundred with rejects).
    const withRejects = loadable.filter((p) => (counts.get(p.file)?.rejected ?? 0) > 0);
    await wh.run(headersTableSql(headers, withRejects.flatMap((p) => p.headers.map((h) => ({ file: p.file, ...h })))));
    await wh.run(insertRejectsSql(check, meta, headers), [run.runId]);
    await wh.run(`DROP TABLE ${headers}`);
  }
  await wh.run(insertRawSql(group.source, check, meta), [run.arrivedAt]);
  await wh.run(`DROP TABLE ${check}; DROP TABLE ${meta};`);

  for (const plan of loadable) {
    const c = counts.get(plan.file) ?? { read: 0, rejected: 0 };
    const rejected = c.rejected > 0 ? `${formatNumber(c.rejected)} ligne(s) rejetée(s) sur ${formatNumber(c.read)} : détail par \`vigie rejects\`` : null;
    out.push(
      run.ledger.add(plan, {
        path: plan.path, source: group.source.id, status: c.rejected > 0 ? 'charge_avec_rejets' : 'charge',
        rowsRead: c.read, rowsLoaded: c.read - c.rejected, rowsRejected: c.rejected,
        message: [rejected, plan.message].filter(Boolean).join(' ; ') || null,
      }),
    );
  }
  return out;
}
