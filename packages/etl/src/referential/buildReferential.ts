import { createRequire } from 'node:module';
import { sqlString } from '@vigie/core';
import type { Warehouse } from '../warehouse/index.js';

const require = createRequire(import.meta.url);
const embedded = (name: string) => sqlString(require.resolve(`@etalab/decoupage-administratif/data/${name}.json`));

/** Where the referential in force comes from: the embedded package, or a dropped INSEE vintage. */
export interface ReferentialOrigin {
  communes: string;
  epci: string;
}

/**
 * (Re)writes ref.regions, ref.departements, ref.communes and ref.epci from the embedded
 * `@etalab/decoupage-administratif`, or, when INSEE files were dropped (raw.insee_communes,
 * raw.insee_epci), from the newest loaded vintage of each (communes: `TYPECOM = COM` rows;
 * membership and populations: the EPCI file, the embedded population when a commune is in none).
 * An EPCI's département and région are those holding the largest part of its population.
 * Runs inside the caller's transaction.
 */
export async function buildReferential(wh: Warehouse): Promise<ReferentialOrigin> {
  await wh.run(`
CREATE OR REPLACE TEMP TABLE vigie_embedded_communes AS
SELECT code, nom, departement, region, population
FROM read_json(${embedded('communes')}, format = 'array',
  columns = {code: 'VARCHAR', nom: 'VARCHAR', type: 'VARCHAR', departement: 'VARCHAR', region: 'VARCHAR', population: 'BIGINT'})
WHERE type = 'commune-actuelle';
CREATE OR REPLACE TEMP TABLE vigie_embedded_members AS
SELECT e.code AS code_epci, e.nom AS libelle, m.code AS code_commune
FROM (SELECT code, nom, unnest(membres) AS m FROM read_json(${embedded('epci')}, format = 'array',
  columns = {code: 'VARCHAR', nom: 'VARCHAR', membres: 'STRUCT(code VARCHAR)[]'})) AS e;`);

  const communesFile = await latestLoadedFile(wh, 'insee.communes');
  const epciFile = await latestLoadedFile(wh, 'insee.epci');
  const communesSql = communesFile
    ? `SELECT c.com AS code, c.libelle AS nom, c.dep AS departement, c.reg AS region, NULL::BIGINT AS population
       FROM raw.insee_communes AS c WHERE c._file_id = ${sqlString(communesFile)} AND c.typecom = 'COM'
       QUALIFY row_number() OVER (PARTITION BY c.com ORDER BY c._line DESC) = 1`
    : `SELECT code, nom, departement, region, NULL::BIGINT AS population FROM vigie_embedded_communes`;
  const membersSql = epciFile
    ? `SELECT e.epci AS code_epci, e.libepci AS libelle, e.com AS code_commune, e.population_municipale AS population
       FROM raw.insee_epci AS e WHERE e._file_id = ${sqlString(epciFile)} AND e.epci <> 'ZZZZZZZZZ'
       QUALIFY row_number() OVER (PARTITION BY e.com ORDER BY e._line DESC) = 1`
    : `SELECT code_epci, libelle, code_commune, NULL::BIGINT AS population FROM vigie_embedded_members`;

  await wh.run(`
CREATE OR REPLACE TABLE ref.regions AS
SELECT code AS code_region, nom AS libelle
FROM read_json(${embedded('regions')}, format = 'array', columns = {code: 'VARCHAR', nom: 'VARCHAR'})
ORDER BY code_region;

CREATE OR REPLACE TABLE ref.departements AS
SELECT code AS code_departement, nom AS libelle, region AS code_region
FROM read_json(${embedded('departements')}, format = 'array', columns = {code: 'VARCHAR', nom: 'VARCHAR', region: 'VARCHAR'})
ORDER BY code_departement;

CREATE OR REPLACE TEMP TABLE vigie_members AS ${membersSql};

CREATE OR REPLACE TABLE ref.communes AS
WITH communes AS (${communesSql})
SELECT c.code AS code_commune, c.nom AS libelle,
  c.departement AS code_departement, c.region AS code_region,
  m.code_epci, coalesce(m.population, c.population, e.population) AS population
FROM communes AS c
LEFT JOIN vigie_members AS m ON m.code_commune = c.code
LEFT JOIN vigie_embedded_communes AS e ON e.code = c.code
ORDER BY code_commune;

-- Codes a dropped vintage may add: a label is better than nothing.
INSERT INTO ref.departements
SELECT DISTINCT code_departement, code_departement, first(code_region) OVER (PARTITION BY code_departement ORDER BY code_region)
FROM ref.communes WHERE code_departement IS NOT NULL AND code_departement NOT IN (SELECT code_departement FROM ref.departements);
INSERT INTO ref.regions
SELECT DISTINCT code_region, code_region FROM ref.communes
WHERE code_region IS NOT NULL AND code_region NOT IN (SELECT code_region FROM ref.regions);

CREATE OR REPLACE TABLE ref.epci AS
WITH members AS (
  SELECT m.code_epci, m.libelle, c.code_departement, c.code_region, coalesce(c.population, 0) AS population
  FROM vigie_members AS m JOIN ref.communes AS c ON c.code_commune = m.code_commune
),
by_departement AS (
  SELECT code_epci, code_departement, sum(population) AS p FROM members GROUP BY code_epci, code_departement
  QUALIFY row_number() OVER (PARTITION BY code_epci ORDER BY p DESC, code_departement) = 1
),
by_region AS (
  SELECT code_epci, code_region, sum(population) AS p FROM members GROUP BY code_epci, code_region
  QUALIFY row_number() OVER (PARTITION BY code_epci ORDER BY p DESC, code_region) = 1
)
SELECT code_epci, min(libelle) AS libelle, sum(population) AS population,
  any_value(d.code_departement) AS code_departement, any_value(r.code_region) AS code_region
FROM members
JOIN by_departement AS d USING (code_epci)
JOIN by_region AS r USING (code_epci)
GROUP BY code_epci
ORDER BY code_epci;

DROP TABLE vigie_members;
DROP TABLE vigie_embedded_communes;
DROP TABLE vigie_embedded_members;`);
  return { communes: communesFile ? `insee.communes (${communesFile.slice(0, 12)}…)` : 'embarqué', epci: epciFile ? `insee.epci (${epciFile.slice(0, 12)}…)` : 'embarqué' };
}

/** The newest loaded file of a source (by its name's date, then arrival), or null. */
async function latestLoadedFile(wh: Warehouse, sourceId: string): Promise<string | null> {
  const row = await wh.one<{ file_id: string }>(
    `SELECT file_id FROM ledger.files
     WHERE source_id = $1 AND status IN ('charge', 'charge_avec_rejets') AND rows_loaded > 0
     ORDER BY extract_date DESC NULLS LAST, arrived_at DESC, file_id DESC LIMIT 1`,
    [sourceId],
  );
  return row?.file_id ?? null;
}
