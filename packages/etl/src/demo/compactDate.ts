/** `20250627` for file names. */
export function compactDate(iso: string): string {
  return iso.replaceAll('-', '');
}
