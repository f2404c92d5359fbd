import { openWarehouse, type Warehouse } from '@vigie/etl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scrubMessageSql } from './publicationTables.js';

describe('scrubMessageSql', () => {
  let wh: Warehouse;
  beforeAll(async () => {
    wh = await openWarehouse(':memory:');
  });
  afterAll(() => wh.close());

  const scrub = async (message: string, value?: string) =>
    (await wh.one<{ m: string }>(`SELECT ${scrubMessageSql('$message', value === undefined ? undefined : '$value')} AS m`, value === undefined ? { message } : { message, value }))?.m;

  it('keeps the parentheses of Vigie’s own messages, drops quoted text', async () => {
    expect(await scrub('2 nouveau(x) fichier(s), Tables propres reconstruites (dernière version de chaque clé).')).toBe(
      '2 nouveau(x) fichier(s), Tables propres reconstruites (dernière version de chaque clé).',
    );
    expect(await scrub('En-tête « Nom du médecin » inattendu pour jean.dupont@ars.fr')).toBe('En-tête … inattendu pour …');
  });

  it('removes the value of a rejected row, wherever it is, and the line number', async () => {
    expect(await scrub('ligne 4 812, colonne "Numéro RPPS" : 1000000001 n’a pas 11 chiffres (1000000001)', '1000000001')).toBe(
      'colonne … : … n’a pas 11 chiffres …',
    );
  });
});
