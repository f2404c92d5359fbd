import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildReferential } from '../referential/buildReferential.js';
import { sources } from '../sources/sources.js';
import { ensureSchemas, type Warehouse } from '../warehouse/index.js';
import type { IngestFileSummary, IngestOptions, IngestSummary } from './ingestTypes.js';
import { listInboxFiles } from './listInboxFiles.js';
import { loadGroup, type StagedGroup } from './loadGroup.js';
import { prepareFile, type FilePlan } from './prepareFile.js';
import { readFailureMessage } from './readFailureMessage.js';
import { LedgerBatch, unloadedSummary } from './ledgerBatch.js';
import { stageCsvGroup } from './stageCsvGroup.js';
import { VALIDATION_MACROS_SQL } from './validationMacros.js';
import { rawTableDdl } from './validationSql.js';

export type { IngestOptions, IngestSummary } from './ingestTypes.js';

/**
 * Ingests every new file of the inbox, all or nothing.
 *
 * Phase 1 (outside the transaction, temporary tables only): each file is hashed, recognised and
 * checked (encoding, header); the CSV files of a source that share a layout are then read by
 * DuckDB in one scan, a workbook through ExcelJS. Phase 2 (one transaction): the referential is
 * brought up to date (a dropped INSEE vintage first), then each group is validated in one SQL
 * pass: valid rows to raw.*, faults to ledger.rejects, and every file gets its ledger line.
 * A failure, or a killed process, commits nothing; a file already in the ledger is left alone,
 * so running again on the same inbox changes nothing.
 */
export async function ingestInbox(wh: Warehouse, options: IngestOptions): Promise<IngestSummary> {
  await ensureSchemas(wh);
  await wh.run(VALIDATION_MACROS_SQL);
  for (const s of sources) await wh.run(rawTableDdl(s)); // empty tables: part of the schema, not of a run
  const run = { runId: options.runId, arrivedAt: timestampText(options.now ?? new Date()) };
  const paths = orderForIngest(await listInboxFiles(options.inbox));
  const ledger = new Map<string, Array<{ path: string; status: string }>>();
  for (const row of await wh.all<{ file_id: string; path: string; status: string }>('SELECT file_id, path, status FROM ledger.files')) {
    ledger.set(row.file_id, [...(ledger.get(row.file_id) ?? []), { path: row.path, status: row.status }]);
  }
  const tmpDir = mkdtempSync(join(tmpdir(), 'vigie-ingest-'));
  const groups: StagedGroup[] = [];
  try {
    const ctx = { wh, inbox: options.inbox, tmpDir, ledger, stagedThisRun: new Map<string, string>(), workbookDeadlineMs: options.workbookDeadlineMs };
    const plans: FilePlan[] = [];
    for (const [i, path] of paths.entries()) plans.push(await prepareFile(ctx, path, i));
    groups.push(...(await stageGroups(wh, plans)));
    const grouped = new Set(groups.flatMap((g) => g.plans.map((p) => p.file)));

    const files = await wh.transaction(async () => {
      const out: IngestFileSummary[] = [];
      const ledgerBatch = new LedgerBatch(run);
      const report = (summaries: IngestFileSummary[]) => {
        for (const s of summaries) {
          out.push(s);
          options.onProgress?.({ file: s.path, source: s.source, status: s.status, rowsRead: s.rowsRead, rowsRejected: s.rowsRejected, detail: s.message });
        }
      };
      const isInsee = (g: StagedGroup) => g.source.producer === 'insee';
      let regions = new Set<string>();
      for (const group of groups.filter(isInsee)) report(await loadGroup(wh, group, { ...run, regions, ledger: ledgerBatch }));
      await ledgerBatch.flush(wh); // the referential reads which INSEE files were loaded
      const refExists = await wh.one<{ n: number }>("SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = 'ref' AND table_name = 'communes'");
      if (out.some((s) => s.rowsLoaded > 0) || !refExists?.n) await buildReferential(wh);
      regions = new Set((await wh.all<{ code_region: string }>('SELECT code_region FROM ref.regions')).map((r) => r.code_region));
      for (const group of groups.filter((g) => !isInsee(g))) report(await loadGroup(wh, group, { ...run, regions, ledger: ledgerBatch }));
      for (const plan of plans.filter((p) => !grouped.has(p.file))) {
        report([ledgerBatch.add(plan, unloadedSummary(plan, plan.kind === 'staged' ? 'rejete' : plan.kind))]);
      }
      await ledgerBatch.flush(wh);
      const order = new Map(plans.map((p) => [p.path, p.file]));
      return out.sort((a, b) => (order.get(a.path) ?? 0) - (order.get(b.path) ?? 0));
    });
    return { files, bySource: bySource(files) };
  } finally {
    for (const t of groups.flatMap((g) => g.tables)) await wh.run(`DROP TABLE IF EXISTS ${t}`).catch(() => undefined);
    rmSync(tmpDir, { recursive: true, force: true });
  }
}

/**
 * Stages the files to load: a workbook is already staged; CSV files of the same source and layout
 * are read together. When a group cannot be read (one file too odd for DuckDB), its files are read
 * one by one, so that only the odd one is rejected.
 */
async function stageGroups(wh: Warehouse, plans: FilePlan[]): Promise<StagedGroup[]> {
  const groups: StagedGroup[] = [];
  const csvGroups = new Map<string, FilePlan[]>();
  for (const plan of plans) {
    if (plan.kind !== 'staged' || !plan.match) continue;
    if (plan.staged) {
      groups.push({ source: plan.match.source, plans: [plan], name: `vigie_group_${plan.file}`, ...plan.staged });
    } else if (plan.csv) {
      const key = [plan.match.source.id, plan.match.source.files.indexOf(plan.match.variant), plan.csv.fieldCount, ...plan.csv.positions].join('|');
      csvGroups.set(key, [...(csvGroups.get(key) ?? []), plan]);
    }
  }
  const stage = async (members: FilePlan[]): Promise<void> => {
    const first = members[0] as FilePlan;
    const match = first.match as NonNullable<FilePlan['match']>;
    const csv = first.csv as NonNullable<FilePlan['csv']>;
    const name = `vigie_group_${first.file}`;
    try {
      const staged = await stageCsvGroup(wh, {
        source: match.source, variant: match.variant, positions: csv.positions, fieldCount: csv.fieldCount, table: name,
        members: members.map((p) => {
          const { utf8Path, headerLine } = p.csv as NonNullable<FilePlan['csv']>;
          return { file: p.file, utf8Path, headerLine, derived: derivedOf(p) };
        }),
      });
      for (const p of members) {
        const note = staged.notes.get(p.file);
        if (note) p.message = [p.message, note].filter(Boolean).join(' ; ');
      }
      groups.push({ source: match.source, plans: members, name, fields: staged.fields, tables: staged.tables });
    } catch (error) {
      if (members.length > 1) {
        for (const p of members) await stage([p]);
        return;
      }
      Object.assign(first, { kind: 'rejete', message: readFailureMessage(error, 'csv') });
    }
  };
  for (const members of csvGroups.values()) await stage(members);
  return groups;
}

function derivedOf(plan: FilePlan): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of plan.match?.source.derived ?? []) out[d.id] = plan.match?.groups[d.group] ?? '';
  return out;
}

/** INSEE files first (the others are checked against the referential they bring), then by path. */
function orderForIngest(paths: string[]): string[] {
  const insee = paths.filter((p) => p.startsWith('insee/'));
  return [...insee, ...paths.filter((p) => !p.startsWith('insee/'))];
}

function bySource(files: IngestFileSummary[]): IngestSummary['bySource'] {
  const out: IngestSummary['bySource'] = {};
  for (const f of files) {
    if (!f.source || f.status === 'deja_charge') continue;
    const s = (out[f.source] ??= { files: 0, rowsLoaded: 0, rowsRejected: 0 });
    s.files++;
    s.rowsLoaded += f.rowsLoaded;
    s.rowsRejected += f.rowsRejected;
  }
  return out;
}

/** `2025-10-06 14:32:05.123` (UTC), as DuckDB casts it to TIMESTAMP. */
function timestampText(d: Date): string {
  return d.toISOString().replace('T', ' ').replace('Z', '');
}
