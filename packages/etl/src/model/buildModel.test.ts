import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryWarehouse } from '../testing/memoryWarehouse.js';
import type { Warehouse } from '../warehouse/index.js';
import { sources } from '../sources/sources.js';
import { buildModel, CLEAN_TABLES } from './buildModel.js';
import { cleanModelFile } from './cleanModel.js';

describe('buildModel', { timeout: 60_000 }, () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await memoryWarehouse();
  });
  afterEach(() => wh.close());

  it('models every declared source but the referential, each table once, in the order of the registry', () => {
    const modelled = new Set(CLEAN_TABLES.map((m) => m.sourceId));
    expect(sources.filter((s) => s.clean !== 'referential' && !modelled.has(s.id)).map((s) => s.id), 'sources sans table propre').toEqual([]);
    expect(sources.filter((s) => s.clean === 'referential').map((s) => s.producer)).toEqual(['insee', 'insee']);
    expect(new Set(CLEAN_TABLES.map((m) => m.table)).size).toBe(CLEAN_TABLES.length);
    const order = sources.map((s) => s.id);
    const positions = CLEAN_TABLES.map((m) => order.indexOf(m.sourceId));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('finds each own model in a file of its own, model/clean/<table>.ts, that a declaration names', async () => {
    const folder = fileURLToPath(new URL('./clean/', import.meta.url));
    const files = readdirSync(folder).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    const own = CLEAN_TABLES.filter((m) => sources.find((s) => s.id === m.sourceId)?.clean instanceof Array);
    expect(own.map((m) => cleanModelFile(m.table)).sort(), 'un fichier par modèle propre, nommé d’après sa table').toEqual(files.sort());
    for (const file of files) {
      const models = Object.values((await import(`./clean/${file.replace(/\.ts$/, '.js')}`)) as Record<string, unknown>).filter((v) => own.some((m) => m.sql === (v as { sql?: unknown }).sql));
      expect(models.length, `${file} : un modèle propre, celui qu'une déclaration nomme`).toBe(1);
    }
  });

  it('creates every clean and ref table, empty when no extract arrived, and says how each was built', async () => {
    const build = await buildModel(wh);
    expect(build.tables.map((t) => t.table)).toEqual(CLEAN_TABLES.map((m) => m.table));
    expect(build.tables.filter((t) => t.incremental).map((t) => t.table)).toEqual(CLEAN_TABLES.filter((m) => m.refresh).map((m) => m.table));
    expect(new Set(build.tables.map((t) => t.refresh))).toEqual(new Set(['complet']));
    for (const { table } of CLEAN_TABLES) expect(await wh.one(`SELECT count(*) AS n FROM ${table}`), table).toEqual({ n: 0 });
    const columns = await wh.all<{ column_name: string; data_type: string }>(
      "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'clean' AND table_name = 'journees' ORDER BY ordinal_position",
    );
    expect(columns.map((c) => `${c.column_name} ${c.data_type}`)).toEqual([
      'date DATE', 'num_rpps VARCHAR', 'siret_lieu VARCHAR', 'creneau VARCHAR', 'statut VARCHAR', 'nb_rdv_proposes INTEGER', 'nb_rdv_pris INTEGER', 'unites DOUBLE', 'code_region_ars VARCHAR',
    ]);
  });

  it('loads the dated parameters: the daily indemnity of 200 € from 01/09/2025', async () => {
    await buildModel(wh);
    expect(await wh.all("SELECT * FROM ref.parametres WHERE nom = 'indemnite_journaliere'")).toEqual([{ nom: 'indemnite_journaliere', date_debut: '2025-09-01', valeur: 200 }]);
    expect(await wh.one("SELECT valeur FROM ref.parametres WHERE nom = 'seuil_apl_sous_dotation'")).toEqual({ valeur: 2.5 });
  });

  it('reads another parameters file, and says what is wrong with a bad one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-param-'));
    const good = join(dir, 'ok.json');
    writeFileSync(good, JSON.stringify({ parametres: [{ nom: 'indemnite_journaliere', date_debut: '2025-09-01', valeur: 200 }, { nom: 'indemnite_journaliere', date_debut: '2026-01-01', valeur: 220 }] }));
    await buildModel(wh, { parametersFile: good });
    expect(await wh.all('SELECT valeur FROM ref.parametres ORDER BY date_debut')).toEqual([{ valeur: 200 }, { valeur: 220 }]);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ parametres: [{ nom: 'x', date_debut: '01/09/2025', valeur: 1 }] }));
    await expect(buildModel(wh, { parametersFile: bad })).rejects.toThrow(/Paramètres illisibles.*AAAA-MM-JJ/s);
    expect(await wh.all('SELECT valeur FROM ref.parametres ORDER BY date_debut')).toEqual([{ valeur: 200 }, { valeur: 220 }]);
  });

  it('refuses an asOf that is not a date', async () => {
    await expect(buildModel(wh, { asOf: "2025-01-01'; DROP TABLE x; --" })).rejects.toThrow(/AAAA-MM-JJ/);
  });
});
