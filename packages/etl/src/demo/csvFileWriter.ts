import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';

export type DemoEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

export interface CsvFileSpec {
  /** Chemin relatif au dossier de dépôt, avec `/`. */
  path: string;
  encoding: DemoEncoding;
  header: readonly string[];
  separator?: ';' | ',';
}

const FLUSH_AT_CHARS = 1 << 18;
/** Texte sans caractère hors ASCII : ses octets sont les mêmes en Windows-1252, sans passer par iconv. */
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/**
 * Écrit un CSV en flux : fins de ligne CRLF, encodage demandé (Windows-1252 par iconv-lite),
 * tampon de 256 Ki caractères vidé avec contre-pression : jamais de fichier entier en mémoire.
 */
export class CsvFileWriter {
  private buffer = '';
  private rowCount = 0;

  private constructor(
    readonly spec: CsvFileSpec,
    private readonly stream: WriteStream,
  ) {}

  /** Le dossier du fichier doit exister. */
  static open(outDir: string, spec: CsvFileSpec): CsvFileWriter {
    const stream = createWriteStream(join(outDir, ...spec.path.split('/')));
    const writer = new CsvFileWriter(spec, stream);
    writer.buffer = (spec.encoding === 'utf-8-bom' ? '\uFEFF' : '') + writer.line(spec.header);
    return writer;
  }

  get rows(): number {
    return this.rowCount;
  }

  /** Numéro (comme un éditeur, en-tête = 1) de la prochaine ligne écrite. */
  get nextLine(): number {
    return this.rowCount + 2;
  }

  async row(cells: readonly string[]): Promise<void> {
    this.buffer += this.line(cells);
    this.rowCount++;
    if (this.buffer.length >= FLUSH_AT_CHARS) await this.flush();
  }

  async close(): Promise<number> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'close');
    return this.rowCount;
  }

  private line(cells: readonly string[]): string {
    const separator = this.spec.separator ?? ';';
    let text = '';
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i] as string;
      if (i > 0) text += separator;
      const quote = cell.includes(separator) || cell.includes('"') || cell.includes('\n') || cell.includes('\r');
      text += quote ? `"${cell.replaceAll('"', '""')}"` : cell;
    }
    return text + '\r\n';
  }

  private async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const bytes = this.spec.encoding !== 'windows-1252'
      ? Buffer.from(this.buffer, 'utf8')
      : ASCII_ONLY.test(this.buffer) ? Buffer.from(this.buffer, 'latin1') : iconv.encode(this.buffer, 'windows-1252');
    this.buffer = '';
    if (!this.stream.write(bytes)) await once(this.stream, 'drain');
  }
}
