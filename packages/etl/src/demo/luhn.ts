/** Clé de Luhn : utilisée par le RPPS (11 chiffres) et par le SIREN/SIRET (9 et 14 chiffres). */
export function luhnCheckDigit(body: string): number {
  let sum = 0;
  // En partant de la droite du corps, un chiffre sur deux est doublé (le premier doublé est
  // celui qui sera juste à gauche de la clé).
  for (let i = body.length - 1, double = true; i >= 0; i--, double = !double) {
    let digit = body.charCodeAt(i) - 48;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

export function isLuhnValid(value: string): boolean {
  if (!/^\d{2,}$/.test(value)) return false;
  return luhnCheckDigit(value.slice(0, -1)) === Number(value.slice(-1));
}

/** Complète un corps de chiffres par sa clé de Luhn. */
export function withLuhnKey(body: string): string {
  return body + String(luhnCheckDigit(body));
}
