import { z } from 'zod';
import { countGroupIdSchema } from '../secrecy/countGroups.js';

/** Period types of indicators.md: ISO week, calendar month, cumulative since the launch. */
export const PERIOD_TYPES = ['semaine', 'mois', 'cumul'] as const;
export type PeriodType = (typeof PERIOD_TYPES)[number];

/** Geographic levels, from the finest to the widest. */
export const LEVELS = ['zone', 'departement', 'region', 'national'] as const;
export type Level = (typeof LEVELS)[number];

/**
 * The count a numerator or denominator subject to the SNDS secrecy rule rests on (secrecy/countGroups:
 * `actes`, `visites`, `patients_distincts`…; null: not subject to the rule). Two indicators that show
 * the same count name the same group, so that publication takes one decision for it.
 */
export const secrecySubjectSchema = countGroupIdSchema;

const nonEmpty = z.string().trim().min(1);

/** The roles of the need panel (`dashboard.needPanel`, published as `role_besoin`). */
export const NEED_PANEL_ROLES = ['consultations_manquantes', 'besoin', 'realise', 'couverture', 'rythme', 'manque'] as const;

export const indicatorDefinitionSchema = z
  .object({
    /** Stable ASCII id, as exported (`jours_realises`). */
    id: z.string().regex(/^[a-z][a-z0-9_]*$/, 'identifiant en minuscules ASCII et _'),
    /** Bumped whenever what the indicator means changes; old values keep their version. */
    version: z.number().int().positive(),
    theme: z.enum(['Mobilisation des volontaires', 'Couverture des zones', 'Prise en charge', 'Coût', 'Contexte du territoire', 'Besoin et objectifs', 'Docteurs juniors']),
    label: nonEmpty,
    definition: nonEmpty,
    /** `count`: value = numerator. `ratio`: value = numerator ÷ denominator × scale. */
    kind: z.enum(['count', 'ratio']),
    numerator: nonEmpty,
    denominator: nonEmpty.nullable(),
    unit: nonEmpty,
    scale: z.number().positive(),
    periodicity: z.array(z.enum(PERIOD_TYPES)).nonempty(),
    levels: z.array(z.enum(LEVELS)).nonempty(),
    /** Source ids (`ars.journees`); `insee` stands for every file of the referential. */
    sources: z.array(z.string().regex(/^[a-z]+(\.[a-z_]+)?$/)).nonempty(),
    secrecy: z.object({
      numerator: secrecySubjectSchema,
      denominator: secrecySubjectSchema,
      /**
       * A count whose national cumul ending with the period this value reveals (a rate read at the
       * national level, as the need does with acts per day): the value is masked whenever that
       * national cell is, so the published value never gives a masked national count away.
       */
      nationalCumul: secrecySubjectSchema.default(null),
      rule: nonEmpty,
    }),
    /** Other indicators of the same run this one reads (from `computed_values`). */
    dependsOn: z.array(z.string()),
    limits: z.array(nonEmpty),
    changes: z.array(z.object({ version: z.number().int().positive(), date: z.iso.date(), change: nonEmpty })).nonempty(),
    /**
     * What the dashboard does with the indicator (not part of its version: it changes no value);
     * the dashboard reads it from the published catalogue (indicateurs.parquet), never by id.
     * `keyFigure`: its rank among the key figures of every territory page (1 first; `ordre_cle`).
     * `tableColumn`: its rank among the columns of the territory tables (the régions of the home
     * page, the zones of a région; `ordre_tableau`). `ranksZones`: the zones of a région are ranked
     * by its value since the launch, highest first (`classe_zones`; one indicator at most).
     * `needPanel`: its role in the need panel of the territory pages and the zones furthest from their
     * need (`role_besoin`; one indicator per role): `consultations_manquantes` (the yearly need),
     * `besoin` (the monthly need in days), `realise` (the realised days), `couverture` (the share of
     * the need covered; its denominator is the need of the period in days), `rythme` (days realised a
     * month at the pace of the last 4 weeks), `manque` (days missing a month).
     */
    dashboard: z
      .object({
        keyFigure: z.number().int().positive().optional(),
        tableColumn: z.number().int().positive().optional(),
        ranksZones: z.literal(true).optional(),
        needPanel: z.enum(NEED_PANEL_ROLES).optional(),
      })
      .optional(),
    /**
     * DuckDB SQL as named WITH steps, reading the prepared relations of `preparedRelations`
     * (and `computed_values` for `dependsOn`). Returns period_type, period, level, geo_code,
     * numerator, denominator and optionally status (`partiel`, `sans_donnees`). Rows may be
     * missing: a missing count is 0, a missing ratio has no data.
     */
    sql: z.string().regex(/^\s*WITH\s/i, 'le SQL commence par WITH (étapes nommées)'),
  })
  .superRefine((def, ctx) => {
    if (def.kind === 'count' && def.denominator !== null) {
      ctx.addIssue({ code: 'custom', message: 'un comptage n’a pas de dénominateur', path: ['denominator'] });
    }
    if (def.kind === 'ratio' && def.denominator === null) {
      ctx.addIssue({ code: 'custom', message: 'un ratio a un dénominateur', path: ['denominator'] });
    }
    if (!def.changes.some((c) => c.version === def.version)) {
      ctx.addIssue({ code: 'custom', message: `le journal des changements ne décrit pas la version ${def.version}`, path: ['changes'] });
    }
  });

export type IndicatorDefinition = Readonly<z.infer<typeof indicatorDefinitionSchema>>;
export type IndicatorDefinitionInput = z.input<typeof indicatorDefinitionSchema>;

/** Checks a declaration and returns it frozen; throws a French message naming the field at fault. */
export function defineIndicator(input: IndicatorDefinitionInput): IndicatorDefinition {
  const parsed = indicatorDefinitionSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(racine)'} : ${i.message}`).join(' ; ');
    throw new Error(`Définition d'indicateur « ${String((input as { id?: unknown }).id)} » invalide : ${issues}. Corrigez le fichier de définition.`);
  }
  return Object.freeze(parsed.data);
}
