import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Warehouse } from '../warehouse/index.js';
import { memoryWarehouse } from '../testing/memoryWarehouse.js';
import { writeInbox } from '../testing/writeInbox.js';
import { ingestInbox } from './ingestInbox.js';

const LIEUX = 'siret;nom_lieu;type_lieu;adresse;code_commune;code_epci;date_ouverture;date_fermeture';
const OK = '"88153952193870";"Maison de santé ""Les Tilleuls""";MSP;"2 rue du Port; porte B';
const BAD_TYPE = '17937330621974;Lieu B;HOPITAL;3 rue B;97111;249710062;01/09/2025;';

describe('line numbers, as a text editor counts them (header = line 1)', { timeout: 60_000 }, () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await memoryWarehouse();
  });
  afterEach(() => wh.close());

  it('counts the lines of a quoted field spanning lines, CRLF ends and blank lines', async () => {
    const text = [
      LIEUX, // 1
      OK, // 2: the address goes on to line 3
      'Bâtiment A";97121;249710062;01/09/2025;', // 3
      '', // 4: blank
      BAD_TYPE, // 5
      '"17937330621974";"Lieu ""C""";"AUTRE";"4 rue C";"97111";"249710062";"31/09/2025";""', // 6
      '17937330621974;Lieu "D;AUTRE;5 rue D;97111;249710062;01/09/2025;', // 7: a quote left open…
      '88153952193870;Lieu E;MSP;6 rue E;97121;249710062;01/09/2025;', // 8: …takes this line into record 7, as any CSV reader would
    ].join('\r\n') + '\r\n';
    const [file] = (await ingestInbox(wh, { inbox: writeInbox([{ path: 'ars/lieux_01_20251001.csv', bytes: Buffer.from(text) }]), runId: 'r1' })).files;
    const rejects = await wh.all<{ line: number; column_name: string | null; value: string | null }>('SELECT line, column_name, value FROM ledger.rejects ORDER BY line');
    expect(rejects.map((r) => [r.line, r.column_name])).toEqual([[5, 'type_lieu'], [6, 'date_ouverture'], [7, null]]);
    expect(rejects[1]!.value).toBe('31/09/2025');
    expect(rejects[2]!.value).toMatch(/^17937330621974;Lieu "D;.*\n88153952193870;Lieu E/s);
    expect(file).toMatchObject({ rowsRead: 4, rowsLoaded: 1, rowsRejected: 3 });
    const loaded = await wh.one<{ nom_lieu: string; adresse: string; _line: number }>('SELECT nom_lieu, adresse, _line FROM raw.ars_lieux');
    expect(loaded).toEqual({ nom_lieu: 'Maison de santé "Les Tilleuls"', adresse: '2 rue du Port; porte B\nBâtiment A', _line: 2 });
  });

  it('counts the same with LF line ends and no final line end', async () => {
    const text = [LIEUX, '88153952193870;Lieu;MSP;1 rue;97121;249710062;01/09/2025;', '', BAD_TYPE].join('\n');
    await ingestInbox(wh, { inbox: writeInbox([{ path: 'ars/lieux_01_20251001.csv', bytes: Buffer.from(text) }]), runId: 'r1' });
    expect(await wh.all('SELECT line, column_name FROM ledger.rejects')).toEqual([{ line: 4, column_name: 'type_lieu' }]);
  });

  it('formats large line numbers the French way: ligne 4 812', async () => {
    const lines = [LIEUX];
    for (let i = 2; i <= 5000; i++) lines.push(i === 4812 ? BAD_TYPE : '88153952193870;Lieu;MSP;1 rue;97121;249710062;01/09/2025;');
    await ingestInbox(wh, { inbox: writeInbox([{ path: 'ars/lieux_01_20251001.csv', lines }]), runId: 'r1' });
    const reject = await wh.one<{ line: number; message: string }>('SELECT line, message FROM ledger.rejects');
    expect(reject!.line).toBe(4812);
    expect(reject!.message).toMatch(/^ligne 4[\u202f\u00a0 ]812, colonne "type_lieu" : "HOPITAL" n'est pas une valeur admise/);
  });
});
