import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { createTestWarehouse } from '../testing/createTestWarehouse.js';
import { insertLedgerFile } from '../testing/insertLedgerFile.js';
import { archiveInputFiles } from './archiveInputFiles.js';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const S38 = 'id_acte;date_soins\r\nA1;15/09/2025\r\n';
const S39 = 'id_acte;date_soins\r\nA2;22/09/2025\r\n';

describe('archiveInputFiles', () => {
  let wh: Warehouse;
  let root: string;
  beforeEach(async () => {
    wh = await createTestWarehouse();
    root = mkdtempSync(join(tmpdir(), 'vigie-archive-'));
    mkdirSync(join(root, 'inbox', 'cnam'), { recursive: true });
  });
  afterEach(() => {
    wh.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('keeps each loaded file once under its SHA-256, and names an old one whose bytes changed since', async () => {
    writeFileSync(join(root, 'inbox', 'cnam', 'actes_mission_2025-S38.csv'), S38);
    writeFileSync(join(root, 'inbox', 'cnam', 'actes_mission_2025-S39.csv'), S39);
    writeFileSync(join(root, 'inbox', 'cnam', 'copie_S39.csv'), S39);
    await insertLedgerFile(wh, { fileId: sha(S38), path: 'cnam/actes_mission_2025-S38.csv', sourceId: 'cnam.actes', extractDate: '2025-09-21', status: 'charge', rowsRead: 1 });
    await insertLedgerFile(wh, { fileId: sha(S39), path: 'cnam/actes_mission_2025-S39.csv', sourceId: 'cnam.actes', extractDate: '2025-09-28', status: 'charge', rowsRead: 1 });
    await insertLedgerFile(wh, { fileId: sha(S39), path: 'cnam/copie_S39.csv', sourceId: 'cnam.actes', extractDate: '2025-09-28', status: 'doublon', rowsRead: 1 });
    await insertLedgerFile(wh, { fileId: sha('rejeté'), path: 'cnam/rejete.csv', sourceId: 'cnam.actes', extractDate: '2025-09-28', status: 'rejete' });
    const archive = join(root, 'wh', 'archive');
    mkdirSync(archive, { recursive: true });
    writeFileSync(join(archive, `${sha(S38)}.tmp-999`), 'interrompu'); // left by a killed run
    const first = await archiveInputFiles(wh, { inbox: join(root, 'inbox'), archiveDir: archive, runId: 'run-0' });
    expect(first).toMatchObject({ archived: 2, present: 0, missing: [] });
    expect(readdirSync(archive).sort()).toEqual([sha(S38), sha(S39)].sort()); // the leftover is gone
    expect(readFileSync(join(archive, sha(S38)), 'utf8')).toBe(S38);
    expect(statSync(join(archive, sha(S38))).nlink).toBe(2); // a hard link: no second copy of the bytes

    rmSync(join(archive, sha(S38)));
    writeFileSync(join(root, 'inbox', 'cnam', 'actes_mission_2025-S38.csv'), S39);
    const second = await archiveInputFiles(wh, { inbox: join(root, 'inbox'), archiveDir: archive, runId: 'run-1' });
    expect(second).toMatchObject({ archived: 0, present: 1, missing: [{ path: 'cnam/actes_mission_2025-S38.csv', fileId: sha(S38) }] });
    expect(existsSync(join(archive, sha(S38)))).toBe(false);
  });
});
