import { describe, expect, it } from 'vitest';
import { columnDeclarationSchema } from '../sources/sourceDeclaration.js';
import { matchHeader } from './matchHeader.js';

const columns = [
  { header: 'Code commune INSEE', id: 'code_commune', required: true },
  { header: 'APL aux médecins généralistes de 65 ans ou moins', aliases: ['APL aux médecins généralistes de moins de 65 ans'], id: 'apl_moins_65' },
  { header: 'Population standardisée <AAAA> pour la médecine générale', aliases: ["Population standardisée par la consommation de soins par tranche d'âge"], id: 'pop' },
  { header: 'Population totale <AAAA>', id: 'pop_totale', mayBeAbsent: true },
].map((c) => columnDeclarationSchema.parse(c));

describe('matchHeader', () => {
  it('compares headers after trimming and normalising: spaces, no-break spaces, case, composition, apostrophes', () => {
    const found = [' code commune\u00a0INSEE ', 'APL aux me\u0301decins ge\u0301ne\u0301ralistes de 65 ans ou moins  ', 'POPULATION standardisée 2022 pour la médecine générale', 'Population totale 2022'];
    expect(matchHeader(found, columns, ';')).toEqual({ ok: true, positions: [1, 2, 3, 4], fieldCount: 4, ignored: [], absent: [] });
    const older = ['Code commune INSEE', 'APL aux médecins généralistes de moins de 65 ans', 'Population standardisée par la consommation de soins par tranche d’âge'];
    expect(matchHeader(older, columns, ';')).toEqual({ ok: true, positions: [1, 2, 3, 0], fieldCount: 3, ignored: [], absent: ['Population totale <AAAA>'] });
  });

  it('takes <AAAA> for a year only, keeps unknown columns aside, rejects a missing column naming its wordings', () => {
    const notAYear = matchHeader(['Code commune INSEE', 'APL aux médecins généralistes de 65 ans ou moins', 'Population standardisée XXXX pour la médecine générale', 'Commune'], columns, ';');
    expect(notAYear.ok).toBe(false);
    if (!notAYear.ok) {
      expect(notAYear.message).toMatch(/^en-tête non conforme : colonne attendue absente : "Population standardisée <AAAA> pour la médecine générale" \(ou "Population standardisée par la consommation de soins par tranche d'âge"\) ; colonnes trouvées inconnues : "Population standardisée XXXX pour la médecine générale", "Commune"/);
    }
    const extra = matchHeader(['Commune', 'Code commune INSEE', 'APL aux médecins généralistes de 65 ans ou moins', 'Population standardisée 2021 pour la médecine générale'], columns, ';');
    expect(extra).toMatchObject({ ok: true, positions: [2, 3, 4, 0], ignored: ['Commune'] });
  });
});
