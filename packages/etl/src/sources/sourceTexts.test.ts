import { describe, expect, it } from 'vitest';
import { sourceById, sources } from './sources.js';
import { filePatternRegex, plainText, readableFilePattern, readableSheetPatterns } from './sourceTexts.js';

describe('readableFilePattern', () => {
  it('writes a file name pattern in the notation of the extracts specification', () => {
    const readable = (id: string, variant = 0) => readableFilePattern(sourceById(id).files[variant]!.pattern);
    expect(readable('cnam.actes')).toBe('cnam/actes_mission_<AAAA>-S<ww>.csv');
    expect(readable('ars.journees')).toBe('ars/journees_<reg>_<AAAA>-S<ww>.csv');
    expect(readable('ars.lieux')).toBe('ars/lieux_<reg>_<AAAAMMJJ>.csv');
    expect(readable('ars.satisfaction')).toBe('ars/satisfaction_<reg>_<AAAA>-<mm>.csv');
    expect(readable('cnam.patientele')).toBe('cnam/patientele_mt_<AAAA>T<q>.csv');
    expect(readable('drees.apl', 0)).toBe('drees/*APL*.xlsx');
    expect(readableSheetPatterns(sourceById('drees.apl').files[0]!.sheet!)).toEqual(['APL_<AAAA>', 'APL <AAAA>']);
    expect(readableSheetPatterns(/^Feuille_(?<year>\d{4})$/)).toEqual(['Feuille_<AAAA>']);
  });

  it('puts every declared pattern in words, and falls back to the regular expression otherwise', () => {
    for (const s of sources) for (const f of s.files) expect(readableFilePattern(f.pattern), s.id).not.toMatch(/[\\^$()[\]{}|?+]/);
    expect(readableFilePattern(/^ars\/(a|b)_\d+\.csv$/)).toBe('^ars/(a|b)_\\d+\\.csv$');
    expect(filePatternRegex(/^cnam\/x\.csv$/)).toBe('^cnam/x\\.csv$');
  });

  it('removes the Markdown code spans for plain text', () => {
    expect(plainText('`s` = masqué ; valeurs : `0`, `1`')).toBe('s = masqué ; valeurs : 0, 1');
  });
});
