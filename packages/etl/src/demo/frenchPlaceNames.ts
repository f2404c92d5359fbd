/** « de Nérondes », « du Vigan », « de la Souterraine », « des Herbiers », « d'Aubusson ». */
export function ofPlace(name: string): string {
  if (name.startsWith('Le ')) return `du ${name.slice(3)}`;
  if (name.startsWith('Les ')) return `des ${name.slice(4)}`;
  if (name.startsWith('La ')) return `de la ${name.slice(3)}`;
  if (name.startsWith("L'")) return `de l'${name.slice(2)}`;
  if (/^[AEIOUYÉÈÊÎÔÂH]/i.test(name)) return `d'${name}`;
  return `de ${name}`;
}

/** Sans accents ni ponctuation, en minuscules, pour une adresse électronique (`Nguyễn` → `nguyen`). */
export function asciiSlug(text: string): string {
  const special: Record<string, string> = { ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ß: 'ss' };
  return text
    .replace(/[łŁøØđĐæÆœŒß]/g, (c) => special[c] ?? c)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
