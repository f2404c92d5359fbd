import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { createTestWarehouse } from '../testing/createTestWarehouse.js';
import { computeForTest, valueOf } from '../testing/computeForTest.js';
import { insertVolunteerSnapshots } from '../testing/insertVolunteerSnapshots.js';

describe('vol_acceptes', () => {
  let wh: Warehouse;
  beforeAll(async () => {
    wh = await createTestWarehouse();
    await insertVolunteerSnapshots(wh);
    await computeForTest(wh, ['vol_acceptes'], '2025-10-19');
  });
  afterAll(() => wh.close());

  it('counts accepted files, a state that goes back no longer counts', async () => {
    expect((await valueOf(wh, 'vol_acceptes', '2025-S40', 'region', '84'))?.value).toBe(1);
    expect((await valueOf(wh, 'vol_acceptes', '2025-S40', 'national', 'FR'))?.value).toBe(1);
    expect((await valueOf(wh, 'vol_acceptes', '2025-S41', 'region', '84'))?.value).toBe(2);
    expect((await valueOf(wh, 'vol_acceptes', '2025-S41', 'region', '76'))?.value).toBe(1);
    expect((await valueOf(wh, 'vol_acceptes', '2025-S41', 'national', 'FR'))?.value).toBe(3);
    expect((await valueOf(wh, 'vol_acceptes', '2025-10', 'national', 'FR'))?.value).toBe(3);
  });
});
