import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Warehouse } from '../warehouse/index.js';

/** `config/parametres.json` at the root of the repository. */
export const DEFAULT_PARAMETERS_PATH = fileURLToPath(new URL('../../../../config/parametres.json', import.meta.url));

const parametersSchema = z.object({
  description: z.string().optional(),
  parametres: z
    .array(
      z.object({
        nom: z.string().regex(/^[a-z][a-z0-9_]*$/),
        libelle: z.string().optional(),
        date_debut: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date AAAA-MM-JJ attendue'),
        valeur: z.number(),
      }),
    )
    .min(1),
});

/**
 * Loads the dated parameters (the daily indemnity: 200 € from 2025-09-01…) into
 * ref.parametres(nom, date_debut, valeur): the value in force on a day is the one with the latest
 * date_debut on or before it.
 */
export async function loadParameters(wh: Warehouse, path = DEFAULT_PARAMETERS_PATH): Promise<number> {
  let parsed;
  try {
    parsed = parametersSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Paramètres illisibles dans ${path} : ${reason}`);
  }
  await wh.run('CREATE OR REPLACE TABLE ref.parametres (nom VARCHAR NOT NULL, date_debut DATE NOT NULL, valeur DOUBLE NOT NULL)');
  for (const p of parsed.parametres) {
    await wh.run('INSERT INTO ref.parametres VALUES ($1, CAST($2 AS DATE), $3)', [p.nom, p.date_debut, p.valeur]);
  }
  return parsed.parametres.length;
}
