/**
 * DuckDB macros the validation SQL relies on (temporary: they live as long as the connection):
 * Luhn keys of RPPS (11 digits) and SIRET (14 digits; La Poste's establishments, SIREN 356000000,
 * use a digit sum multiple of 5), computed on the number with integer arithmetic (no substring),
 * and French integers for messages (`4 812`, narrow no-break space as thousands separator).
 */

/** Digit k of n, counting from the right (k = 0 is the check digit). */
function digit(n: string, k: number): string {
  return `((${n} // ${10n ** BigInt(k)}) % 10)`;
}

/** Contribution of two digits to a Luhn sum, the tens one doubled: `[0, 1, …, 9, 2, 3, …]` for 00 to 99. */
const PAIRS = `[${Array.from({ length: 100 }, (_, p) => {
  const doubled = 2 * Math.floor(p / 10);
  return (doubled > 9 ? doubled - 9 : doubled) + (p % 10);
}).join(', ')}]`;

/**
 * Luhn sum of a number of `length` digits: from the right, every second digit is doubled (the
 * digits of the double added). Read two digits at a time from a constant table: half the
 * divisions of a digit-by-digit sum, which matters on millions of rows.
 */
function luhnSum(n: string, length: number): string {
  const terms: string[] = [];
  for (let k = 0; k < length; k += 2) {
    terms.push(k + 1 < length ? `${PAIRS}[((${n} // ${10n ** BigInt(k)}) % 100) + 1]` : digit(n, k));
  }
  return `(${terms.join(' + ')})`;
}

function digitSum(n: string, length: number): string {
  return `(${Array.from({ length }, (_, k) => digit(n, k)).join(' + ')})`;
}

export const VALIDATION_MACROS_SQL = `
CREATE OR REPLACE TEMP MACRO vigie_fr_int(n) AS replace(format('{:,}', n), ',', '\u202f');
CREATE OR REPLACE TEMP MACRO vigie_luhn11(n) AS ${luhnSum('n', 11)} % 10 = 0;
CREATE OR REPLACE TEMP MACRO vigie_luhn14(n) AS ${luhnSum('n', 14)} % 10 = 0;
CREATE OR REPLACE TEMP MACRO vigie_siret_ok(n) AS CASE WHEN n // 100000 = 356000000 THEN vigie_luhn14(n) OR ${digitSum('n', 14)} % 5 = 0 ELSE vigie_luhn14(n) END;
`;
