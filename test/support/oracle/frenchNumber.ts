/** `3,4` → 3.4 ; empty, `NA`, `nd` → null (missing) ; `s` → 'masque' (statistical secrecy). */
export function frenchNumber(text: string | undefined): number | null | 'masque' {
  const t = (text ?? '').trim();
  if (t === '' || t === 'NA' || t === 'nd') return null;
  if (t === 's') return 'masque';
  const n = Number(t.replace(',', '.'));
  if (!Number.isFinite(n)) throw new Error(`nombre attendu, trouvé « ${t} »`);
  return n;
}
