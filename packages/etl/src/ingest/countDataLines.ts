import { createReadStream } from 'node:fs';

/** The number of data lines after the header line (lines holding something else than spaces), for a file rejected whole. */
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
