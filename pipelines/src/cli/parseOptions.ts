import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './usage.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses a command's arguments strictly; unknown options are a usage error, in French. */
export function parseOptions<O extends Options>(command: string, args: string[], options: O, maxPositionals = 0) {
  try {
    const parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
    if (parsed.positionals.length > maxPositionals) {
      throw new UsageError(`vigie ${command} : argument inattendu « ${parsed.positionals[maxPositionals]} ». Voir npx vigie --help.`);
    }
    return parsed;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(`vigie ${command} : option non reconnue ou incomplète (${message}). Voir npx vigie --help.`);
  }
}

export const pathOptions = {
  inbox: { type: 'string' },
  warehouse: { type: 'string' },
} as const;

/** `--jusqu-au` must be a real date AAAA-MM-JJ. */
export function parseAsOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`--jusqu-au attend une date AAAA-MM-JJ qui existe (par exemple 2025-10-05) ; reçu « ${value} ».`);
  }
  return value;
}

export function parsePositiveNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value.replace(',', '.'));
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--${name} attend un nombre positif ; reçu « ${value} ».`);
  return n;
}
