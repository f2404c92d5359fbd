import type { Warehouse } from '@vigie/etl';
import type { IndicatorDefinition } from '../definitions/indicatorDefinition.js';
import { catalogueEntry } from '../explain/catalogueEntry.js';

/**
 * Writes publish.indicateurs (the catalogue, one row per definition, from `catalogueEntry`, with
 * secret_numerateur and secret_denominateur: the count each rests on, for the secrecy audit; and
 * ordre_cle: its rank among the dashboard's key figures, null for the others; ordre_tableau: its
 * column among the dashboard's territory tables; classe_zones: it ranks the zones of a région;
 * role_besoin: its role in the dashboard's need panel) and
 * publish.indicateurs_historique (one row per entry of each definition's `changes`: id, version,
 * date, changement), both in the order of `definitions`.
 */
export async function writeCatalogueTables(wh: Warehouse, definitions: readonly IndicatorDefinition[]): Promise<void> {
  await wh.run(
    `CREATE OR REPLACE TEMP TABLE publication_catalogue AS
     SELECT e.* FROM (SELECT unnest(from_json($catalogue,
       '[{"rang":"INTEGER","id":"VARCHAR","version":"INTEGER","theme":"VARCHAR","libelle":"VARCHAR","definition":"VARCHAR","type":"VARCHAR","unite":"VARCHAR",
          "echelle":"DOUBLE","numerateur":"VARCHAR","denominateur":"VARCHAR","periodicites":["VARCHAR"],"niveaux":["VARCHAR"],"sources":["VARCHAR"],
          "secret":{"numerateur":"VARCHAR","denominateur":"VARCHAR","regle":"VARCHAR"},"depend_de":["VARCHAR"],"limites":["VARCHAR"],
          "historique":[{"version":"INTEGER","date":"DATE","changement":"VARCHAR"}],"sql":"VARCHAR","ordre_cle":"INTEGER","ordre_tableau":"INTEGER","classe_zones":"BOOLEAN","role_besoin":"VARCHAR"}]')) AS e)`,
    { catalogue: JSON.stringify(definitions.map((d, rang) => ({ rang, ...catalogueEntry(d) }))) },
  );
  await wh.run(`
    CREATE OR REPLACE TABLE publish.indicateurs AS
    SELECT e.id, e.version, e.theme, e.libelle, e.definition, e.type, e.unite, e.numerateur, e.denominateur,
           e.periodicites, e.niveaux, e.sources, e.secret.regle AS secret, array_to_string(e.limites, ' ') AS limites, e.sql,
           e.echelle, e.depend_de, e.secret.numerateur AS secret_numerateur, e.secret.denominateur AS secret_denominateur, e.ordre_cle,
           e.ordre_tableau, e.classe_zones, e.role_besoin
    FROM publication_catalogue e ORDER BY e.rang`);
  await wh.run(`
    CREATE OR REPLACE TABLE publish.indicateurs_historique AS
    SELECT e.id, h.version, h.date, h.changement
    FROM publication_catalogue e, unnest(e.historique) AS t(h)
    ORDER BY e.rang, h.version, h.date`);
  await wh.run('DROP TABLE temp.publication_catalogue');
}
