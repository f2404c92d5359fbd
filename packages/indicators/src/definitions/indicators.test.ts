import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { indicatorDefinitionSchema } from './indicatorDefinition.js';
import { indicators } from './indicators.js';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Every indicator a file of this folder exports, found by shape (not by a list kept by hand). */
async function definedInFolder(): Promise<{ id: string; file: string }[]> {
  const found: { id: string; file: string }[] = [];
  for (const file of readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    const module = (await import(`./${file.replace(/\.ts$/, '.js')}`)) as Record<string, unknown>;
    for (const value of Object.values(module)) {
      if (Array.isArray(value)) continue; // the registry itself
      const parsed = indicatorDefinitionSchema.safeParse(value);
      if (parsed.success) found.push({ id: parsed.data.id, file });
    }
  }
  return found;
}

describe('the indicator registry (indicators.ts)', () => {
  it('lists every definition file of definitions/, once, each file defining one indicator', async () => {
    const found = await definedInFolder();
    expect(found.length).toBeGreaterThanOrEqual(26);
    expect(indicators.map((d) => d.id).sort(), 'la liste `indicators` de indicators.ts').toEqual(found.map((d) => d.id).sort());
    expect(new Set(indicators.map((d) => d.id)).size).toBe(indicators.length);
    const files = found.map((d) => d.file);
    expect(files.filter((f, i) => files.indexOf(f) !== i), 'fichiers qui définissent plusieurs indicateurs').toEqual([]);
  });

  it('has the test of each definition beside it', async () => {
    const untested = (await definedInFolder()).filter((d) => !existsSync(join(here, d.file.replace(/\.ts$/, '.test.ts'))));
    expect(untested.map((d) => d.file), 'définitions sans test à côté').toEqual([]);
  });
});
