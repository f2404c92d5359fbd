import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sha256OfFile } from './archiveInputFiles.js';

export interface RecordedFile {
  fileId: string;
  /** Paths the ledger knew the bytes under (relative to the inbox, `/` separated). */
  paths: string[];
}

export interface FileProblem {
  fileId: string;
  path: string;
  /** `absent`: nowhere; `modifie`: a copy found under its name or path has other bytes. */
  kind: 'absent' | 'modifie';
  /** One French sentence: where it was looked for, what was found. */
  message: string;
}

export interface LocatedFiles {
  /** SHA-256 → a file on disk holding exactly these bytes. */
  found: Map<string, string>;
  problems: FileProblem[];
}

/**
 * Finds each recorded file by its SHA-256: first `<archive>/<SHA-256>` in each archive folder,
 * then each recorded path in the inbox. Every candidate is hashed: an archived copy whose bytes
 * no longer match its name is named (`modifie`) even when an intact copy exists elsewhere, since an
 * archive that changed is a finding of the audit; a file found nowhere intact is `absent` (or
 * `modifie` when the inbox holds other bytes at its path).
 */
export function locateRecordedFiles(files: readonly RecordedFile[], folders: { inbox?: string | undefined; archives: readonly string[] }): LocatedFiles {
  const found = new Map<string, string>();
  const problems: FileProblem[] = [];
  for (const file of files) {
    const shownPath = file.paths[0] ?? file.fileId;
    const changed: string[] = [];
    for (const archive of folders.archives) {
      const candidate = join(archive, file.fileId);
      if (!existsSync(candidate)) continue;
      const hash = sha256OfFile(candidate);
      if (hash === file.fileId) {
        if (!found.has(file.fileId)) found.set(file.fileId, candidate);
      } else {
        problems.push({
          fileId: file.fileId,
          path: shownPath,
          kind: 'modifie',
          message: `${shownPath} : la copie archivée ${candidate} a été modifiée (SHA-256 attendu ${file.fileId}, trouvé ${hash}).`,
        });
        changed.push(candidate);
      }
    }
    if (found.has(file.fileId) || !folders.inbox) {
      if (!found.has(file.fileId) && changed.length === 0) problems.push(absent(file, shownPath, folders));
      continue;
    }
    for (const path of file.paths) {
      const candidate = join(folders.inbox, ...path.split('/'));
      if (!existsSync(candidate)) continue;
      const hash = sha256OfFile(candidate);
      if (hash === file.fileId) {
        found.set(file.fileId, candidate);
        break;
      }
      changed.push(candidate);
      problems.push({
        fileId: file.fileId,
        path,
        kind: 'modifie',
        message: `${path} : le fichier de l'inbox ${candidate} a d'autres octets que ceux calculés (SHA-256 attendu ${file.fileId}, trouvé ${hash}).`,
      });
    }
    if (!found.has(file.fileId) && changed.length === 0) problems.push(absent(file, shownPath, folders));
  }
  return { found, problems };
}

function absent(file: RecordedFile, path: string, folders: { inbox?: string | undefined; archives: readonly string[] }): FileProblem {
  const where = [...folders.archives.map((a) => `l'archive ${a}`), ...(folders.inbox ? [`l'inbox ${folders.inbox}`] : [])].join(' ni dans ') || 'aucun dossier';
  return {
    fileId: file.fileId,
    path,
    kind: 'absent',
    message: `${path} (SHA-256 ${file.fileId}) : introuvable dans ${where}. Déposez-le dans l'inbox à ce chemin ou dans l'archive sous le nom ${file.fileId} (--inbox, --archive).`,
  };
}
