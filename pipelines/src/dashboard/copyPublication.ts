import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PUBLICATION_FILES } from './publicationFiles.js';

/**
 * Copies the publication's Parquet files into the Evidence source folder, after removing the
 * ones a previous build left there. Throws, naming every missing file, when the publication is
 * incomplete.
 */
export function copyPublication(publicationDir: string, sourceDir: string): void {
  if (!existsSync(publicationDir)) {
    throw new Error(
      `Dossier de publication introuvable : ${publicationDir}. ` +
        'Lancez d’abord une exécution qui publie (`npx vigie run`, ou `npx vigie publish`).',
    );
  }
  const missing = PUBLICATION_FILES.filter((name) => !existsSync(join(publicationDir, name)));
  if (missing.length > 0) {
    throw new Error(
      `Publication incomplète dans ${publicationDir} : ${missing.join(', ')} manquant(s) ` +
        `(attendus : ${PUBLICATION_FILES.join(', ')}). Relancez \`npx vigie publish\`.`,
    );
  }
  mkdirSync(sourceDir, { recursive: true });
  for (const name of readdirSync(sourceDir)) {
    if (name.endsWith('.parquet')) rmSync(join(sourceDir, name));
  }
  for (const name of PUBLICATION_FILES) {
    copyFileSync(join(publicationDir, name), join(sourceDir, name));
  }
}
