import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import iconv from 'iconv-lite';

/**
 * Copies a Windows-1252 file to a UTF-8 one, streaming (DuckDB's latin-1 is not Windows-1252:
 * `€`, `œ`, `’` differ). é (0xE9) becomes C3 A9.
 */
export async function transcodeToUtf8(source: string, target: string): Promise<void> {
  await pipeline(createReadStream(source, { highWaterMark: 1 << 20 }), iconv.decodeStream('windows-1252'), createWriteStream(target, { encoding: 'utf8' }));
}
