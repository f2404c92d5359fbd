import { extractDateFromName } from './extractDateFromName.js';
import type { FileVariant, SourceDeclaration } from './sourceDeclaration.js';
import { sources as declaredSources } from './sources.js';

export interface SourceMatch {
  source: SourceDeclaration;
  variant: FileVariant;
  /** Named groups of the file name (`region`, `year`, `week`…). */
  groups: Record<string, string | undefined>;
  /** `AAAA-MM-JJ`, null when the name carries no date (a workbook dated by its sheets). */
  extractDate: string | null;
  /** The snapshot scope: the region code of an ARS file, otherwise null. */
  scope: string | null;
  /** Set when the name matches but its date does not exist: the file is rejected whole. */
  nameError: string | null;
}

/** The source (and file variant) that recognises an inbox-relative path, or null. */
export function matchSource(path: string, sources: readonly SourceDeclaration[] = declaredSources): SourceMatch | null {
  for (const source of sources) {
    for (const variant of source.files) {
      const m = variant.pattern.exec(path);
      if (!m) continue;
      const groups = { ...(m.groups ?? {}) };
      const dated = extractDateFromName(groups);
      return {
        source,
        variant,
        groups,
        extractDate: 'date' in dated ? dated.date : null,
        scope: groups['region'] ?? null,
        nameError: 'error' in dated ? dated.error : null,
      };
    }
  }
  return null;
}
