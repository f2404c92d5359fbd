import { createReadStream } from 'node:fs';

/**
 * The header line of a UTF-8 text file (1-based `headerLine`), read from its first bytes, without
 * its byte order mark; null when the file has no such line. And the number of data lines after it
 * (lines holding something else than spaces), for a file rejected whole.
 */
export async function readCsvHead(path: string, headerLine: number): Promise<string | null> {
  let text = '';
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 16 }) as AsyncIterable<string>) {
    text += chunk;
    const lines = text.split('\n');
    if (lines.length > headerLine || text.length > 1 << 22) break;
  }
  const line = text.replace(/^\ufeff/, '').split('\n')[headerLine - 1];
  if (line === undefined) return null;
  return line.replace(/\r$/, '');
}

export async function countDataLines(path: string, headerLine: number): Promise<number> {
  let count = 0;
  let lineNo = 1;
  let current = '';
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 }) as AsyncIterable<string>) {
    const parts = (current + chunk).split('\n');
    current = parts.pop() ?? '';
    for (const p of parts) {
      if (lineNo > headerLine && p.trim() !== '') count++;
      lineNo++;
    }
  }
  if (lineNo > headerLine && current.trim() !== '') count++;
  return count;
}
