import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { memoryWarehouse } from '../testing/memoryWarehouse.js';
import { rawTableDdl } from '../ingest/validationSql.js';
import { describeSource } from './describeSource.js';
import { extractDateFromName } from './extractDateFromName.js';
import { matchSource } from './matchSource.js';
import { defineSource, sourceDeclarationSchema } from './sourceDeclaration.js';
import { sources } from './sources.js';

describe('the declared sources', { timeout: 60_000 }, () => {
  it('are every declaration file of this folder, listed once, each with its test beside it (the referential: in referential/)', async () => {
    const here = fileURLToPath(new URL('.', import.meta.url));
    const declared: { id: string; file: string; producer: string }[] = [];
    for (const file of readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      const module = (await import(`./${file.replace(/\.ts$/, '.js')}`)) as Record<string, unknown>;
      for (const value of Object.values(module)) {
        const parsed = sourceDeclarationSchema.safeParse(value);
        if (parsed.success) declared.push({ id: parsed.data.id, file, producer: parsed.data.producer });
      }
    }
    expect(declared.length).toBeGreaterThanOrEqual(13);
    expect(sources.map((s) => s.id).sort(), 'la liste `sources` de sources.ts').toEqual(declared.map((d) => d.id).sort());
    expect(new Set(sources.map((s) => s.id)).size).toBe(sources.length);
    const untested = declared.filter((d) => d.producer !== 'insee' && !existsSync(join(here, d.file.replace(/\.ts$/, '.test.ts'))));
    expect(untested.map((d) => d.file), 'déclarations sans test à côté').toEqual([]);
  });

  it('each recognise their own example file names and no other', () => {
    for (const s of sources) for (const f of s.files) expect(matchSource(f.example)?.source.id, f.example).toBe(s.id);
    expect(matchSource('cnam/actes_mission_2025-S37.csv.bak')).toBeNull();
    expect(matchSource('actes_mission_2025-S37.csv')).toBeNull();
    expect(matchSource('ars/2025/octobre/lieux_76_20251006.csv')).toMatchObject({ scope: '76', extractDate: '2025-10-06' });
  });

  it('derive a raw table DuckDB accepts, with the file metadata columns', async () => {
    const wh = await memoryWarehouse();
    try {
      for (const s of sources) await wh.run(rawTableDdl(s));
      const cols = await wh.all<{ column_name: string }>("SELECT column_name FROM information_schema.columns WHERE table_schema = 'raw' AND table_name = 'cnam_patientele' ORDER BY ordinal_position");
      expect(cols.map((c) => c.column_name)).toEqual([
        'code_commune', 'trimestre', 'nb_patients_17plus', 'nb_patients_17plus_masque', 'nb_patients_17plus_sans_mt', 'nb_patients_17plus_sans_mt_masque',
        'nb_patients_ald', 'nb_patients_ald_masque', 'nb_patients_ald_sans_mt', 'nb_patients_ald_sans_mt_masque',
        '_file_id', '_line', '_extract_date', '_scope', '_arrived_at',
      ]);
    } finally {
      wh.close();
    }
  });

  it('derive their documentation page, in French', () => {
    const page = describeSource(sources.find((s) => s.id === 'ars.volontaires')!);
    expect(page).toMatch(/^# Dossiers des volontaires \(`ars\.volontaires`\)/);
    expect(page).toContain('`ars/volontaires_76_20251006.csv`');
    expect(page).toContain('| Numéro RPPS | `num_rpps` | texte | non | 11 chiffres, clé de Luhn |');
    expect(page).toContain('donnée personnelle : jamais publiée');
    expect(page).toMatch(/Instantané/);
  });

  it('are checked when declared: a key that is no column is refused', () => {
    expect(() =>
      defineSource({
        id: 'ars.essai', label: 'Essai', producer: 'ars', description: 'Essai.',
        files: [{ pattern: /^ars\/essai_(?<date>\d{8})\.csv$/, example: 'ars/essai_20250101.csv', format: 'csv' }],
        columns: [{ header: 'a', id: 'a' }], key: ['b'], versioning: 'delta', freshness: 'weekly',
      }),
    ).toThrow(/clé inconnue : b/);
  });
});

describe('extractDateFromName', { timeout: 60_000 }, () => {
  it('dates a week by its Sunday, a month or a quarter by its last day, a year by 31/12', () => {
    expect(extractDateFromName({ year: '2025', week: '37' })).toEqual({ date: '2025-09-14' });
    expect(extractDateFromName({ year: '2026', week: '01' })).toEqual({ date: '2026-01-04' });
    expect(extractDateFromName({ year: '2020', week: '53' })).toEqual({ date: '2021-01-03' });
    expect(extractDateFromName({ year: '2025', month: '02' })).toEqual({ date: '2025-02-28' });
    expect(extractDateFromName({ year: '2025', quarter: '3' })).toEqual({ date: '2025-09-30' });
    expect(extractDateFromName({ year: '2024' })).toEqual({ date: '2024-12-31' });
    expect(extractDateFromName({ date: '20251006', region: '76' })).toEqual({ date: '2025-10-06' });
    expect(extractDateFromName({})).toEqual({ date: null });
  });

  it('says when the name carries a date that does not exist', () => {
    expect(extractDateFromName({ date: '20250231' })).toEqual({ error: "la date 20250231 du nom du fichier n'existe pas (AAAAMMJJ attendu)" });
    expect(extractDateFromName({ year: '2025', week: '53' })).toMatchObject({ error: expect.stringMatching(/2025-S53/) });
  });
});
