// Writes what `evidence sources` writes for one DuckDB source of this Evidence project, straight
// from DuckDB, in a fraction of its time (a data-only refresh; see
// pipelines/src/dashboard/refreshSiteData.ts). Run from apps/dashboard:
//   node scripts/writeSourceData.js <source> <data dir>
// For each sources/<source>/<query>.sql but initialize.sql (run first, as Evidence's DuckDB
// connector does), <data dir>/<source>/<query>/<query>.parquet and <query>.schema.json, then
// <data dir>/manifest.json. Same DuckDB as the connector (@duckdb/node-api of this project: the
// queries mean the same), same file contents as Evidence 40.1.8 (rows as JavaScript objects, then
// Arrow, then duckdb-wasm's COPY): numbers as DOUBLE, dates and timestamps as TIMESTAMP to the
// millisecond (a time zone's instant in UTC), booleans as BOOLEAN, text as VARCHAR; a date or
// boolean column with rows, all null, as DOUBLE; a query without rows keeps its columns and their
// types (our patch of universal-sql). A column of another type (TIME, list, struct…: Evidence makes
// it text in JavaScript) stops it with exit code 3: build with `evidence sources` then.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

const NUMBER_TYPES = new Set(['DOUBLE', 'FLOAT', 'TINYINT', 'UTINYINT', 'SMALLINT', 'USMALLINT', 'INTEGER', 'UINTEGER', 'BIGINT', 'UBIGINT', 'HUGEINT']);
const DATE_TYPES = new Set(['DATE', 'TIMESTAMP', 'TIMESTAMP_S', 'TIMESTAMP_MS', 'TIMESTAMP_NS', 'TIMESTAMP WITH TIME ZONE']);

/** Evidence's type of a DuckDB column type (@evidence-dev/duckdb, duckdbDescribeToEvidenceType), undefined when not reproduced. */
function evidenceTypeOf(type) {
	if (type.startsWith('DECIMAL') || NUMBER_TYPES.has(type)) return 'number';
	if (DATE_TYPES.has(type)) return 'date';
	if (type === 'BOOLEAN') return 'boolean';
	if (type === 'VARCHAR') return 'string';
	return undefined;
}
const quoted = (name) => `"${name.replaceAll('"', '""')}"`;
const sqlText = (text) => `'${text.replaceAll("'", "''")}'`;

const [source, dataDir] = process.argv.slice(2);
if (!source || !dataDir) {
	console.error('Usage : node scripts/writeSourceData.js <source> <dossier des données> (depuis apps/dashboard).');
	process.exit(2);
}
const sourceDir = join('sources', source);
const files = readdirSync(sourceDir);
const queries = files.filter((f) => f.endsWith('.sql') && f !== 'initialize.sql').map((f) => f.slice(0, -4)).sort();

const db = await DuckDBInstance.create(':memory:');
const connection = await db.connect();
// One thread: the same files on every run (valeurs.sql has no ORDER BY: with several threads its
// rows came in another order each time) and less CPU (2,5 -> 2,1 s here: these queries are small).
await connection.run('SET threads = 1');
const rowsOf = async (sql) => (await connection.runAndReadAll(sql)).getRowObjectsJS();
if (files.includes('initialize.sql')) await connection.run(readFileSync(join(sourceDir, 'initialize.sql'), 'utf8'));

const written = [];
for (const query of queries) {
	const sql = readFileSync(join(sourceDir, `${query}.sql`), 'utf8').trim().replace(/;\s*$/, '');
	await connection.run(`CREATE OR REPLACE TEMP TABLE vigie_source_result AS ${sql}\n`);
	const columns = (await rowsOf('DESCRIBE vigie_source_result')).map(({ column_name: name, column_type: type }) => ({ name, type, evidenceType: evidenceTypeOf(type) }));
	const unknown = columns.find((c) => c.evidenceType === undefined);
	if (unknown) {
		console.error(`${source}/${query}.sql : colonne ${unknown.name} de type ${unknown.type} (attendu : nombre, date, booléen ou texte VARCHAR).`);
		process.exit(3);
	}
	const [counts] = await rowsOf(`SELECT count(*) AS n${columns.map((c, i) => `, count(${quoted(c.name)}) AS c${i}`).join('')} FROM vigie_source_result`);
	const rows = Number(counts.n);
	const select = columns.map((c, i) => {
		const column = quoted(c.name);
		const allNull = rows > 0 && Number(counts[`c${i}`]) === 0;
		if ((c.evidenceType === 'date' || c.evidenceType === 'boolean') && allNull) return `CAST(NULL AS DOUBLE) AS ${column}`;
		if (c.evidenceType === 'number') return `CAST(${column} AS DOUBLE) AS ${column}`;
		// Without ICU (not bundled, never downloaded), a time zone's instant casts to its UTC time.
		if (c.evidenceType === 'date') return `date_trunc('millisecond', CAST(${column} AS TIMESTAMP)) AS ${column}`;
		return column;
	});
	const outDir = join(dataDir, source, query);
	rmSync(outDir, { recursive: true, force: true });
	mkdirSync(outDir, { recursive: true });
	await connection.run(`COPY (SELECT ${select.join(', ')} FROM vigie_source_result) TO ${sqlText(join(outDir, `${query}.parquet`))} (FORMAT PARQUET, CODEC 'ZSTD')`);
	writeFileSync(join(outDir, `${query}.schema.json`), JSON.stringify(columns.map((c) => ({ name: c.name, evidenceType: c.evidenceType, typeFidelity: 'precise' }))));
	written.push(query);
	console.log(`${query} : ${rows} ligne(s).`);
}
connection.closeSync();
db.closeSync();
writeFileSync(join(dataDir, 'manifest.json'), JSON.stringify({ renderedFiles: { [source]: written.map((q) => `static/data/${source}/${q}/${q}.parquet`) } }));
