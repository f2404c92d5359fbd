import { describe, expect, it } from 'vitest';
import { sqlIdent, sqlString } from './sqlText.js';

describe('sqlText', () => {
  it('doubles every quote of a string literal', () => {
    expect(sqlString("/tmp/l'inbox/a.csv")).toBe("'/tmp/l''inbox/a.csv'");
    expect(sqlString("''")).toBe("''''''");
    expect(sqlString('')).toBe("''");
  });
  it('doubles every double quote of an identifier', () => {
    expect(sqlIdent('values')).toBe('"values"');
    expect(sqlIdent('a"b""c')).toBe('"a""b""""c"');
  });
});
