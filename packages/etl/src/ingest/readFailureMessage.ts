import { formatNumber } from '@vigie/core';

/**
 * The French message of a file that could not be read whole, from the reader's error (DuckDB's
 * CSV reader, ExcelJS, the file system): what was expected, what was found, where, what to do.
 * Known errors are put in words; any other keeps its first line, as found.
 */
export function readFailureMessage(error: unknown, format: 'csv' | 'xlsx'): string {
  const text = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  const expected = format === 'csv' ? 'fichier CSV complet' : 'classeur Excel (.xlsx) complet';
  const redo = format === 'csv' ? 'Corrigez ou exportez à nouveau le fichier, puis déposez-le à nouveau.' : 'Enregistrez à nouveau le classeur au format .xlsx, puis déposez-le à nouveau.';
  const tooLong = /CSV Error on Line: (\d+)[\s\S]*Maximum line size of (\d+) bytes exceeded\. Actual Size:\s*(\d+)/.exec(text);
  if (tooLong) {
    const [, line, max, actual] = tooLong;
    return `lignes d'au plus ${formatNumber(Number(max) / 2 ** 20)} Mo attendues, mais la ligne ${formatNumber(Number(line))} en fait ${formatNumber(Number(actual) / 2 ** 20, 1)} Mo (fins de ligne perdues ou fichier abîmé ?) : fichier non lu. ${redo}`;
  }
  const csvLine = /CSV Error on Line: (\d+)/.exec(text);
  if (csvLine) return `${expected} attendu, mais la ligne ${formatNumber(Number(csvLine[1]))} n'a pas pu être lue. ${redo}`;
  if (code === 'EACCES' || code === 'EPERM') return `fichier illisible : accès refusé par le système (droits du fichier). Donnez à Vigie le droit de le lire, puis relancez.`;
  if (code === 'ENOENT') return `fichier disparu pendant la lecture (déplacé ou supprimé par un autre programme). Déposez-le à nouveau, puis relancez.`;
  if (code === 'EISDIR') return `fichier attendu, dossier trouvé. Déplacez ses fichiers dans le dossier du producteur, puis relancez.`;
  const xml = format === 'xlsx' ? /^(\d+):(\d+): (.*)$/m.exec(text) : null;
  if (xml) {
    return `${expected} attendu, mais une partie XML du classeur est mal formée (ligne ${formatNumber(Number(xml[1]))}, colonne ${formatNumber(Number(xml[2]))} de la partie ; détail technique : ${xml[3]}). ${redo}`;
  }
  if (format === 'xlsx' && error instanceof TypeError) {
    return `${expected} attendu, mais sa structure interne est inattendue (détail technique : ${firstLine(text)}). ${redo}`;
  }
  if (/zip|central directory|end of data|invalid (distance|block|code|stored)|unexpected end/i.test(text)) {
    return `${expected} attendu, mais l'archive est abîmée ou tronquée (${firstLine(text)}). ${redo}`;
  }
  return `${expected} attendu, mais sa lecture a échoué (${firstLine(text)}). ${redo}`;
}

function firstLine(text: string): string {
  const line = text.split('\n')[0]?.trim() ?? '';
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
