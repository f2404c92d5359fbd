import { describe, expect, it } from 'vitest';
import { readFailureMessage } from './readFailureMessage.js';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('readFailureMessage', () => {
  it("puts DuckDB's CSV errors in French, with the line", () => {
    const tooLong = new Error('Invalid Input Error: CSV Error on Line: 3\nOriginal Line: \nxxx\nMaximum line size of 16777216 bytes exceeded. Actual Size:17825795 bytes.\n\nPossible Solution: …');
    expect(readFailureMessage(tooLong, 'csv')).toBe("lignes d'au plus 16 Mo attendues, mais la ligne 3 en fait 17,0 Mo (fins de ligne perdues ou fichier abîmé ?) : fichier non lu. Corrigez ou exportez à nouveau le fichier, puis déposez-le à nouveau.");
    expect(readFailureMessage(new Error('Invalid Input Error: CSV Error on Line: 12345\nOriginal Line: …'), 'csv')).toMatch(/^fichier CSV complet attendu, mais la ligne 12 345 n'a pas pu être lue\./);
  });

  it('says what to do when the system refuses the file or it vanished', () => {
    expect(readFailureMessage(withCode("EACCES: permission denied, open 'x'", 'EACCES'), 'csv')).toMatch(/^fichier illisible : accès refusé par le système/);
    expect(readFailureMessage(withCode("ENOENT: no such file or directory, open 'x'", 'ENOENT'), 'xlsx')).toMatch(/^fichier disparu pendant la lecture/);
  });

  it("frames a workbook reader's errors in French (malformed XML with its place, unexpected structure)", () => {
    expect(readFailureMessage(new Error('2:105: disallowed character in tag name'), 'xlsx')).toBe(
      'classeur Excel (.xlsx) complet attendu, mais une partie XML du classeur est mal formée (ligne 2, colonne 105 de la partie ; détail technique : disallowed character in tag name). Enregistrez à nouveau le classeur au format .xlsx, puis déposez-le à nouveau.',
    );
    expect(readFailureMessage(new TypeError("Cannot read properties of undefined (reading 'sheets')"), 'xlsx')).toMatch(/^classeur Excel \(\.xlsx\) complet attendu, mais sa structure interne est inattendue \(détail technique : /);
    expect(readFailureMessage(new Error("Corrupted zip: can't find end of central directory"), 'xlsx')).toMatch(/mais l'archive est abîmée ou tronquée/);
  });
});
