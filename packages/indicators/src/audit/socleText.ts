import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { CLEAN_TABLES } from '@vigie/etl';
import { preparedRelations } from '../compute/preparedRelations.js';

/** One piece of the common base of every indicator, named as an auditor reads it. */
export interface SoclePart {
  /** `relation periods`, `table clean.actes`, `vigie`. */
  name: string;
  /** Its text: the SQL of a prepared relation or a clean table, the version of Vigie. */
  text: string;
}

/** The common base as recorded: the parts, their JSON and its SHA-256. */
export interface SocleText {
  parts: SoclePart[];
  json: string;
  hash: string;
}

const VIGIE_VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/**
 * What decides the values besides the text of each definition (which definition_versions keeps):
 * the SQL of the prepared relations every indicator reads (calendar, scope, placement of the
 * activity) and of the clean tables (latest version of each key), and the version of Vigie for
 * the code that is not SQL (file reading, checks, secrecy). Recorded with each run, published
 * with each publication, so that `vigie verifier` can say when the installed base differs from
 * the one that produced a value.
 */
export function socleText(parts: SoclePart[] = installedSocleParts()): SocleText {
  const json = JSON.stringify(parts);
  return { parts, json, hash: createHash('sha256').update(json).digest('hex') };
}

function installedSocleParts(): SoclePart[] {
  return [
    { name: 'vigie', text: VIGIE_VERSION },
    ...preparedRelations.map((r) => ({ name: `relation ${r.name}`, text: r.sql.trim() })),
    ...CLEAN_TABLES.map((m) => ({ name: `table ${m.table}`, text: m.sql(undefined).trim() })),
  ];
}

/** In French, what changed from the recorded base to the installed one (empty when identical). */
export function socleChanges(recorded: SoclePart[], installed: SoclePart[]): string[] {
  const before = new Map(recorded.map((p) => [p.name, p.text]));
  const after = new Map(installed.map((p) => [p.name, p.text]));
  const changes: string[] = [];
  for (const [name, text] of after) {
    const old = before.get(name);
    if (old === undefined) changes.push(`${name} : ajoutée depuis la publication`);
    else if (old !== text) changes.push(name === 'vigie' ? `vigie : version ${old} à la publication, ${text} installée` : `${name} : texte modifié depuis la publication`);
  }
  for (const name of before.keys()) if (!after.has(name)) changes.push(`${name} : retirée depuis la publication`);
  return changes;
}
