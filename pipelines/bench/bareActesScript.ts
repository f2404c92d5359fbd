/**
 * The reference of the bench: a bare DuckDB script that only loads the acts of an inbox, keeps the
 * latest version of each act (id_acte, latest file by the week in its name) and counts them per
 * zone (EPCI of the place, latest places snapshot) and ISO week. No validation, no ledger, no
 * lineage. Run as a child process by speedTable.bench.ts: `tsx bareActesScript.ts INBOX DB`.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

const [inbox, database] = process.argv.slice(2);
if (!inbox || !database) throw new Error('Usage : tsx bareActesScript.ts INBOX FICHIER.duckdb');
rmSync(database, { force: true });
const instance = await DuckDBInstance.create(database, { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false' });
const db = await instance.connect();
const actes = join(inbox, 'cnam', 'actes_mission_*.csv').replaceAll("'", "''");
const lieux = join(inbox, 'ars', 'lieux_*.csv').replaceAll("'", "''");
await db.run(`
CREATE TABLE actes AS
SELECT * FROM read_csv('${actes}', delim = ';', header = true, decimal_separator = ',', ignore_errors = true,
  filename = true, types = {'id_acte': 'VARCHAR', 'num_rpps_executant': 'VARCHAR', 'siret_lieu_execution': 'VARCHAR',
  'id_patient': 'VARCHAR', 'code_commune_residence': 'VARCHAR', 'date_soins': 'VARCHAR'});
CREATE TABLE actes_derniers AS
SELECT * FROM actes QUALIFY row_number() OVER (PARTITION BY id_acte ORDER BY filename DESC) = 1;
CREATE TABLE lieux AS
SELECT * FROM read_csv('${lieux}', delim = ';', header = true, all_varchar = true, filename = true)
QUALIFY row_number() OVER (PARTITION BY siret ORDER BY filename DESC) = 1;
CREATE TABLE par_zone_semaine AS
SELECT l.code_epci, date_trunc('week', coalesce(try_strptime(a.date_soins, '%d/%m/%Y')::DATE, try_cast(a.date_soins AS DATE))) AS semaine, count(*) AS actes,
  count(DISTINCT a.id_patient) AS patients, sum(a.montant_base) AS montant
FROM actes_derniers a JOIN lieux l ON l.siret = a.siret_lieu_execution
GROUP BY ALL;`);
const result = await db.runAndReadAll('SELECT count(*) AS n, sum(actes) AS actes FROM par_zone_semaine');
process.stdout.write(`${JSON.stringify(result.getRowObjectsJson()[0])}\n`);
db.closeSync();
instance.closeSync();
