import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/runVigie.js';

/**
 * The proof of the guides « Ajouter une source » and « Ajouter un indicateur » (README.md): in a
 * scratch copy of the repository, a throwaway source (a weekly CSV of three columns) and a
 * throwaway indicator on it are added by touching only the files the guides list — and nothing
 * else — then ingest → compute → publish → export runs: the indicator is exported, explained and
 * listed in the catalogue. A new file the guides do not list, or a list of the code this test
 * does not touch, makes the guides wrong: change both together.
 */
const TOUCHED = {
  source: [
    'packages/etl/src/sources/essaiSource.ts',
    'packages/etl/src/sources/essaiSource.test.ts',
    'packages/etl/src/sources/sources.ts',
    'docs/sources.md',
  ],
  indicator: [
    'packages/indicators/src/definitions/essaiTotal.ts',
    'packages/indicators/src/definitions/essaiTotal.test.ts',
    'packages/indicators/src/definitions/indicators.ts',
  ],
};

/** The guides that list the files of an addition, and the folder their paths start from. */
const GUIDES = [
  { file: 'README.md', section: 'Ajouter une source', root: '', touched: 'source' },
  { file: 'README.md', section: 'Ajouter un indicateur', root: '', touched: 'indicator' },
  { file: 'packages/indicators/README.md', section: 'Ajouter un indicateur', root: 'packages/indicators/', touched: 'indicator' },
] as const;

/**
 * The files a guide lists: the first path in backquotes on the first line of each numbered item of
 * its section, its placeholders (`<maSource>`, `monIndicateur`) named as in this test. The prose
 * around the list (other files a reader may want to know about) is not a list.
 */
function guideFiles(guide: (typeof GUIDES)[number]): string[] {
  const text = readFileSync(join(REPO_ROOT, guide.file), 'utf8');
  const start = text.indexOf(`\n## ${guide.section}\n`);
  if (start < 0) throw new Error(`${guide.file} : section « ${guide.section} » introuvable ; le guide et ce test sont à mettre à jour ensemble`);
  const end = text.indexOf('\n## ', start + 1);
  const section = text.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/^\d+\.[^`\n]*`([^`]+)`/gm)].map(
    (m) => guide.root + m[1]!.replace(/<?maSource>?/, 'essaiSource').replace(/<?monIndicateur>?/, 'essaiTotal'),
  );
}

/** The unit tests the change must pass in the copy: its own, and the registry checks. */
const UNIT_TESTS = [
  ['etl', 'packages/etl/src/sources/essaiSource.test.ts'],
  ['etl', 'packages/etl/src/sources/sources.test.ts'],
  ['etl', 'packages/etl/src/model/buildModel.test.ts'],
  ['indicators', 'packages/indicators/src/definitions/essaiTotal.test.ts'],
  ['indicators', 'packages/indicators/src/definitions/indicators.test.ts'],
  ['pipelines', 'pipelines/src/docs/renderSourcesGuide.test.ts'],
] as const;

const SOURCE_TEST = `import { describe, expect, it } from 'vitest';
import { matchSource } from './matchSource.js';

describe('ars.essai', () => {
  it('recognises its weekly file names, dated by the Sunday of the week', () => {
    expect(matchSource('ars/essai_2025-S37.csv')).toMatchObject({ source: { id: 'ars.essai' }, extractDate: '2025-09-14' });
    expect(matchSource('ars/essai_2025.csv')).toBeNull();
  });
});
`;

const INDICATOR_TEST = `import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { computeForTest, valueOf } from '../testing/computeForTest.js';
import { createTestWarehouse } from '../testing/createTestWarehouse.js';

describe('essai_total', () => {
  let wh: Warehouse;
  beforeAll(async () => {
    wh = await createTestWarehouse();
    // the test warehouse has clean.essai already: it is built by the real model
    await wh.run(\`INSERT INTO clean.essai (date, code_region, nombre) VALUES (DATE '2025-09-08', '84', 3), (DATE '2025-09-10', '76', 4), (DATE '2025-09-15', '84', 5)\`);
    await computeForTest(wh, ['essai_total'], '2025-09-21');
  });
  afterAll(() => wh.close());

  it('sums the numbers of the week', async () => {
    expect((await valueOf(wh, 'essai_total', '2025-S37', 'national', 'FR'))?.value).toBe(7);
    expect((await valueOf(wh, 'essai_total', '2025-S38', 'national', 'FR'))?.value).toBe(5);
  });
});
`;

const SOURCE = `import { defineSource } from './sourceDeclaration.js';

export const essaiSource = defineSource({
  id: 'ars.essai',
  label: 'Essai jetable',
  producer: 'ars',
  description: 'Une source jetable du test de preuve : un nombre par jour et par région.',
  files: [
    {
      pattern: /^ars\\/(?:.+\\/)?essai_(?<year>\\d{4})-S(?<week>\\d{2})\\.csv$/,
      example: 'ars/essai_2025-S37.csv',
      format: 'csv',
      encoding: 'utf-8',
      separator: ';',
    },
  ],
  columns: [
    { header: 'Date', id: 'date', type: 'date', required: true },
    { header: 'Code région', id: 'code_region', required: true },
    { header: 'Nombre', id: 'nombre', type: 'integer', min: 0, required: true },
  ],
  key: ['date', 'code_region'],
  versioning: 'delta',
  freshness: 'weekly',
  graceDays: 7,
});
`;

const INDICATOR = `import { defineIndicator } from './indicatorDefinition.js';

export const essaiTotal = defineIndicator({
  id: 'essai_total',
  version: 1,
  theme: 'Contexte du territoire',
  label: 'Total de l’essai jetable',
  definition: 'Somme des nombres de la source jetable sur la période.',
  kind: 'count',
  numerator: 'Somme des nombres',
  denominator: null,
  unit: 'unités',
  scale: 1,
  periodicity: ['semaine', 'mois', 'cumul'],
  levels: ['national'],
  sources: ['ars.essai'],
  secrecy: { numerator: null, denominator: null, rule: 'Aucun : un total d’essai.' },
  dependsOn: [],
  limits: ['Indicateur jetable du test de preuve.'],
  changes: [{ version: 1, date: '2025-12-01', change: 'Création.' }],
  sql: \`
WITH totals AS (
  SELECT p.period_type, p.period, sum(e.nombre) AS numerator
  FROM periods p
  JOIN clean.essai e ON e.date BETWEEN p.period_start AND p.period_end
  GROUP BY ALL
)
SELECT period_type, period, 'national' AS level, 'FR' AS geo_code, numerator FROM totals\`,
});
`;

/** Inserts `line` after the first line holding `anchor`; fails when the anchor moved. */
function insertAfter(path: string, anchor: string, line: string): void {
  const text = readFileSync(path, 'utf8');
  const at = text.indexOf(anchor);
  if (at < 0) throw new Error(`${path} : « ${anchor} » introuvable ; le guide et ce test sont à mettre à jour`);
  const end = text.indexOf('\n', at) + 1;
  writeFileSync(path, text.slice(0, end) + line + '\n' + text.slice(end));
}

/** A copy of the repository's code, its node_modules linked (the workspaces to the copy). */
function scratchCopy(dir: string): void {
  const skipped = new Set(['node_modules', '.git', 'data', 'apps', 'test-results', '.turbo']);
  for (const entry of readdirSync(REPO_ROOT)) {
    if (skipped.has(entry)) continue;
    cpSync(join(REPO_ROOT, entry), join(dir, entry), { recursive: true, filter: (src) => !/[\\/](node_modules|\.turbo)$/.test(src) });
  }
  const modules = join(dir, 'node_modules');
  mkdirSync(join(modules, '@vigie'), { recursive: true });
  for (const entry of readdirSync(join(REPO_ROOT, 'node_modules'))) {
    if (entry !== '@vigie') symlinkSync(join(REPO_ROOT, 'node_modules', entry), join(modules, entry));
  }
  for (const [name, path] of [['core', 'packages/core'], ['etl', 'packages/etl'], ['indicators', 'packages/indicators'], ['pipelines', 'pipelines']]) {
    symlinkSync(join(dir, path!), join(modules, '@vigie', name!));
  }
}

const CODE_DIRS = ['packages', 'pipelines', 'docs', 'config', 'bin'];

/** Every file of the code folders of the copy (node_modules aside) and its text. */
function contents(root: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const top of CODE_DIRS) {
    for (const f of readdirSync(join(root, top), { recursive: true, encoding: 'utf8' })) {
      if (/(^|[\\/])node_modules([\\/]|$)/.test(f)) continue;
      const path = join(root, top, f);
      try {
        files.set(relative(root, path).split(/[\\/]/).join('/'), readFileSync(path, 'latin1'));
      } catch {
        // a folder
      }
    }
  }
  return files;
}

/** The files added or changed since `before`. */
function changedFiles(root: string, before: Map<string, string>): string[] {
  return [...contents(root)].filter(([path, text]) => before.get(path) !== text).map(([path]) => path);
}

describe('a throwaway source and indicator, added by the files the guides list', () => {
  let dir: string;
  let copy: string;
  let env: Record<string, string>;
  let before: Map<string, string>;
  let touched: string[];
  const vigie = (args: string[]) => {
    const result = spawnSync(process.execPath, [join(copy, 'bin/vigie.js'), ...args], { cwd: copy, env: { ...process.env, ...env, CI: 'true' }, encoding: 'utf8', timeout: 600_000 });
    if (result.status !== 0) throw new Error(`vigie ${args.join(' ')} a échoué (code ${result.status})\n${result.stdout}\n${result.stderr}`);
    return result.stdout;
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'vigie-jetable-'));
    copy = join(dir, 'copie');
    scratchCopy(copy);
    before = contents(copy);
    const at = (path: string) => join(copy, path);
    // Ajouter une source
    writeFileSync(at('packages/etl/src/sources/essaiSource.ts'), SOURCE);
    writeFileSync(at('packages/etl/src/sources/essaiSource.test.ts'), SOURCE_TEST);
    insertAfter(at('packages/etl/src/sources/sources.ts'), "import { zonesSource } from './zonesSource.js';", "import { essaiSource } from './essaiSource.js';");
    insertAfter(at('packages/etl/src/sources/sources.ts'), 'export const sources: readonly SourceDeclaration[] = [', '  essaiSource,');
    // no model to write: clean.essai (latest version of each key) is derived from the declaration
    vigie(['sources', '--out', at('docs/sources.md')]);
    // Ajouter un indicateur
    writeFileSync(at('packages/indicators/src/definitions/essaiTotal.ts'), INDICATOR);
    writeFileSync(at('packages/indicators/src/definitions/essaiTotal.test.ts'), INDICATOR_TEST);
    insertAfter(at('packages/indicators/src/definitions/indicators.ts'), "import { coutParActe } from './coutParActe.js';", "import { essaiTotal } from './essaiTotal.js';");
    insertAfter(at('packages/indicators/src/definitions/indicators.ts'), 'export const indicators: readonly IndicatorDefinition[] = Object.freeze([', '  essaiTotal,');
    touched = changedFiles(copy, before);

    const inbox = join(dir, 'inbox');
    mkdirSync(join(inbox, 'ars'), { recursive: true });
    writeFileSync(join(inbox, 'ars', 'essai_2025-S37.csv'), 'Date;Code région;Nombre\r\n08/09/2025;84;3\r\n10/09/2025;76;4\r\n15/09/2025;84;5\r\n');
    env = { VIGIE_INBOX: inbox, VIGIE_WAREHOUSE: join(dir, 'entrepot', 'warehouse.duckdb') };
    vigie(['run', '--sans-tableau-de-bord', '--jusqu-au', '2025-09-21', '--publier']);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exports the new indicator, computed from the new source', () => {
    const out = join(dir, 'valeurs.csv');
    vigie(['export', '--out', out]);
    const [header, ...lines] = readFileSync(out, 'utf8').trim().split(/\r?\n/);
    const columns = header!.split(';');
    const rows = lines.map((l) => Object.fromEntries(l.split(';').map((v, i) => [columns[i], v])));
    const essai = rows.filter((r) => r['indicateur'] === 'essai_total');
    expect(essai.find((r) => r['periode'] === '2025-S37' && r['niveau'] === 'national')).toMatchObject({ code_geo: 'FR' });
    expect(Number(essai.find((r) => r['periode'] === '2025-S37')?.['valeur'].replace(',', '.'))).toBe(7);
    expect(Number(essai.find((r) => r['periode'] === '2025-S38')?.['valeur'].replace(',', '.'))).toBe(5);
  });

  it('explains it', () => {
    const text = vigie(['explain', 'essai_total', '--periode', '2025-S37', '--niveau', 'national', '--code', 'FR']);
    expect(text).toContain('Total de l’essai jetable');
    expect(text).toMatch(/\b7\b/);
  });

  it('lists it in the catalogue, with its source', () => {
    const out = join(dir, 'catalogue');
    vigie(['catalogue', '--out', out]);
    const files = readdirSync(out, { recursive: true, encoding: 'utf8' });
    const all = files.filter((f) => /\.(md|json)$/.test(f)).map((f) => readFileSync(join(out, f), 'utf8')).join('\n');
    expect(all).toContain('essai_total');
    expect(all).toContain('ars.essai');
  });

  it('passes its own tests and the registry checks, in the copy', () => {
    // One vitest for all of them (each started on its own, six vitest start-ups).
    const projects = [...new Set(UNIT_TESTS.map(([project]) => project))].flatMap((project) => ['--project', project]);
    const files = UNIT_TESTS.map(([, file]) => file);
    const result = spawnSync(process.execPath, [join(copy, 'node_modules/vitest/vitest.mjs'), 'run', ...projects, ...files], { cwd: copy, encoding: 'utf8', timeout: 600_000 });
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    // every file ran (a filter matching nothing is not a pass)
    for (const file of files) expect(result.stdout, file).toContain(file.replace(/^(packages\/[^/]+|pipelines)\//, ''));
  });

  it('touched exactly the files of TOUCHED (the files the guides list), and nothing else', () => {
    expect(touched.sort()).toEqual([...TOUCHED.source, ...TOUCHED.indicator].sort());
  });
});

describe('the guides « Ajouter une source » and « Ajouter un indicateur »', () => {
  it.each(GUIDES)('$file, « $section » : its numbered list is exactly the files the throwaway addition touches', (guide) => {
    expect(guideFiles(guide).sort()).toEqual([...TOUCHED[guide.touched]].sort());
  });
});
