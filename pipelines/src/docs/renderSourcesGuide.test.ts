import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sources } from '@vigie/etl';
import { REPO_ROOT } from '../config/resolvePaths.js';
import { renderSourcesGuide } from './renderSourcesGuide.js';

describe('docs/sources.md', () => {
  it('has a section for every declared source', () => {
    const guide = renderSourcesGuide();
    for (const s of sources) expect(guide).toContain(`(\`${s.id}\`)`);
  });

  it('is the one derived from the declarations (regenerate: npx vigie sources --out docs/sources.md)', () => {
    expect(readFileSync(join(REPO_ROOT, 'docs/sources.md'), 'utf8')).toBe(renderSourcesGuide());
  });
});
