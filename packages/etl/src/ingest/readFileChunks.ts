import { open } from 'node:fs/promises';

/**
 * The bytes of a file, chunk after chunk, through one file handle and one buffer (of the file's
 * size when it is smaller than `chunkSize`). Each chunk is a view of that buffer: valid until the
 * next one is asked for (copy what must outlive it). Stopping early (`break`) closes the file.
 *
 * Cheaper than a read stream for the inbox's many small files (about 2 000 a run): no 1 MB buffer
 * allocated per read, no stream machinery, no AbortError built when a reader stops early.
 */
export async function* readFileChunks(path: string, chunkSize = 1 << 20): AsyncGenerator<Buffer> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const buffer = Buffer.allocUnsafe(Math.max(1, Math.min(chunkSize, size)));
    let position = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
      if (bytesRead === 0) return;
      position += bytesRead;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}
