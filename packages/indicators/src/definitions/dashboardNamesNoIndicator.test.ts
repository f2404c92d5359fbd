import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder } from '@vigie/core';
import { describe, expect, it } from 'vitest';
import { indicators } from './indicators.js';

const DASHBOARD = fileURLToPath(new URL('../../../../apps/dashboard/', import.meta.url));
/** What a person writes the dashboard in: its pages, partials and page-facing SQL. */
const FOLDERS = ['pages', 'partials', 'sources/vigie'];
const EXTENSIONS = /\.(md|sql|svelte|js)$/;

/**
 * An id with an underscore is never French prose: any occurrence counts. An id that is a French
 * word (`consultations`) counts when written as code: quoted, or as a path segment.
 */
function idPattern(id: string): RegExp {
  return id.includes('_') ? new RegExp(`(?<![a-z0-9_])${id}(?![a-z0-9_])`) : new RegExp(`(?<=['"\`/])${id}(?=['"\`/])`);
}

/** The indicator ids written in `text`, each with the first line it is on. */
function indicatorIdsIn(text: string, ids: readonly string[]): string[] {
  return ids.flatMap((id) => {
    const line = text.split('\n').findIndex((l) => idPattern(id).test(l));
    return line === -1 ? [] : [`${id} (ligne ${line + 1})`];
  });
}

/**
 * The dashboard reads what it shows of an indicator from the published catalogue (ordre_cle,
 * ordre_tableau, classe_zones, role_besoin, theme), never by id: adding, renaming or dropping an
 * indicator changes no page. The ids come from the registry.
 */
describe('le tableau de bord ne nomme aucun indicateur', () => {
  const ids = indicators.map((d) => d.id);

  it('finds an id written as SQL, as a path or bare with an underscore (the check can fail)', () => {
    expect(indicatorIdsIn(`where v.indicateur = 'jours_realises'`, ids)).toEqual(['jours_realises (ligne 1)']);
    expect(indicatorIdsIn('<a href="/methodologie/consultations/">', ids)).toEqual(['consultations (ligne 1)']);
    expect(indicatorIdsIn('x\n-- la part (taux_couverture_besoin, cumul)', ids)).toEqual(['taux_couverture_besoin (ligne 2)']);
    expect(indicatorIdsIn('des consultations manquantes par an ; besoin_peu_couvert', ids)).toEqual([]);
  });

  it('no page, partial or source SQL of apps/dashboard holds an indicator id', () => {
    const files = FOLDERS.flatMap((folder) => filesUnder(join(DASHBOARD, folder)).filter((file) => EXTENSIONS.test(file)).map((file) => join(DASHBOARD, folder, file)));
    expect(files.length).toBeGreaterThan(20);
    const found = files.flatMap((file) =>
      indicatorIdsIn(readFileSync(file, 'utf8'), ids).map((hit) => `apps/dashboard/${relative(DASHBOARD, file)} : ${hit}`),
    );
    expect(found, 'identifiants d’indicateurs écrits dans le tableau de bord : lisez plutôt la colonne du catalogue que la définition déclare (dashboard)').toEqual([]);
  });
});
