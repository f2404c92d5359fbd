import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { locateRecordedFiles } from './locateRecordedFiles.js';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const ACTES = 'id_acte;date_soins\r\nA1;15/09/2025\r\n';
const LIEUX = 'siret;nom_lieu\r\n12345678900011;Maison de santé\r\n';

describe('locateRecordedFiles', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'vigie-locate-'));
    mkdirSync(join(root, 'inbox', 'cnam'), { recursive: true });
    mkdirSync(join(root, 'archive'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));
  const files = [
    { fileId: sha(ACTES), paths: ['cnam/actes_mission_2025-S38.csv'] },
    { fileId: sha(LIEUX), paths: ['ars/lieux_84_2025-S38.csv'] },
  ];

  it('finds files by SHA-256 in the archive, or at their recorded path in the inbox', () => {
    writeFileSync(join(root, 'archive', sha(LIEUX)), LIEUX);
    writeFileSync(join(root, 'inbox', 'cnam', 'actes_mission_2025-S38.csv'), ACTES);
    const located = locateRecordedFiles(files, { inbox: join(root, 'inbox'), archives: [join(root, 'archive')] });
    expect(located.problems).toEqual([]);
    expect(located.found.get(sha(LIEUX))).toBe(join(root, 'archive', sha(LIEUX)));
    expect(located.found.get(sha(ACTES))).toBe(join(root, 'inbox', 'cnam', 'actes_mission_2025-S38.csv'));
  });

  it('names an archived copy with one byte changed, and a file found nowhere', () => {
    writeFileSync(join(root, 'archive', sha(ACTES)), ACTES.replace('A1', 'A2'));
    const located = locateRecordedFiles(files, { inbox: join(root, 'inbox'), archives: [join(root, 'archive')] });
    expect(located.found.size).toBe(0);
    expect(located.problems.map((p) => [p.kind, p.path])).toEqual([
      ['modifie', 'cnam/actes_mission_2025-S38.csv'],
      ['absent', 'ars/lieux_84_2025-S38.csv'],
    ]);
    expect(located.problems[0]!.message).toContain(`SHA-256 attendu ${sha(ACTES)}, trouvé ${sha(ACTES.replace('A1', 'A2'))}`);
    expect(located.problems[1]!.message).toContain(`sous le nom ${sha(LIEUX)}`);
  });

  it('still names a modified archive when an intact copy is in the inbox', () => {
    writeFileSync(join(root, 'archive', sha(ACTES)), `${ACTES}x`);
    writeFileSync(join(root, 'inbox', 'cnam', 'actes_mission_2025-S38.csv'), ACTES);
    const located = locateRecordedFiles(files.slice(0, 1), { inbox: join(root, 'inbox'), archives: [join(root, 'archive')] });
    expect(located.found.get(sha(ACTES))).toBe(join(root, 'inbox', 'cnam', 'actes_mission_2025-S38.csv'));
    expect(located.problems.map((p) => p.kind)).toEqual(['modifie']);
  });
});
