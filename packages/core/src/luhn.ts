/** The Luhn check digit of RPPS numbers (11 digits) and of SIREN/SIRET numbers (9 and 14 digits). */
export function luhnCheckDigit(body: string): number {
  let sum = 0;
  // From the right of the body, every other digit is doubled, starting with the one just left of the key.
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

/** Completes a body of digits with its Luhn key: valid RPPS and SIRET numbers for demos and tests. */
export function withLuhnKey(body: string): string {
  return body + String(luhnCheckDigit(body));
}
