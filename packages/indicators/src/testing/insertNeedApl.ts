import type { Warehouse } from '@vigie/etl';

/**
 * Communes (population): Z1 01001 and 01002 (5 000 each), Z2 01003 and 01004 (2 500 each),
 * Z4 12001 and 12002 (4 000 each). Threshold 2,5 (default). Under-65 APL 2024:
 * Z1: 2,0 → 5 000 × 0,5 = 2 500 ; 1,5 → 5 000 × 1 = 5 000 ; total 7 500.
 * Z2: 3,0 and 4,0, above the threshold → 0. Z4: 2,0 → 4 000 × 0,5 = 2 000 ; 12002 has no APL → partiel.
 * The all-ages APL is 9 everywhere: were it used, every need would be 0.
 */
export async function insertNeedApl(wh: Warehouse): Promise<void> {
  await wh.run(`INSERT INTO clean.apl VALUES
    ('01001', 2024, 9.0, 2.0, 1), ('01002', 2024, 9.0, 1.5, 1), ('01003', 2024, 9.0, 3.0, 1), ('01004', 2024, 9.0, 4.0, 1),
    ('12001', 2024, 9.0, 2.0, 1), ('12002', 2024, 9.0, NULL, 1),
    ('01001', 2023, 0.0, 0.0, 1),
    ('01001', 2026, 0.0, 0.0, 1)`);
}
