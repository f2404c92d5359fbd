import { readFileSync } from 'node:fs';

/** The version of Vigie (root package.json), or 0.0.0 when it cannot be read. */
export function vigieVersion(): string {
  try {
    const root = JSON.parse(readFileSync(new URL('../../../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof root.version === 'string' ? root.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}
