import type { IndicatorDefinition } from '../definitions/indicatorDefinition.js';

/** The fiche of an indicator as data, with French keys: the JSON catalogue and indicateurs.parquet. */
export interface CatalogueEntry {
  id: string;
  version: number;
  theme: string;
  libelle: string;
  definition: string;
  type: 'comptage' | 'ratio';
  numerateur: string;
  denominateur: string | null;
  unite: string;
  echelle: number;
  periodicites: string[];
  niveaux: string[];
  sources: string[];
  secret: { numerateur: string | null; denominateur: string | null; regle: string };
  depend_de: string[];
  limites: string[];
  historique: { version: number; date: string; changement: string }[];
  sql: string;
  /** Rank among the dashboard's key figures (1 first), null for the others. */
  ordre_cle: number | null;
  /** Rank among the columns of the dashboard's territory tables, null for the others. */
  ordre_tableau: number | null;
  /** The zones of a région are ranked by this indicator on the dashboard. */
  classe_zones: boolean;
  /** Role in the dashboard's need panel (`dashboard.needPanel`), null for the others. */
  role_besoin: string | null;
}

export function catalogueEntry(def: IndicatorDefinition): CatalogueEntry {
  return {
    id: def.id,
    version: def.version,
    theme: def.theme,
    libelle: def.label,
    definition: def.definition,
    type: def.kind === 'count' ? 'comptage' : 'ratio',
    numerateur: def.numerator,
    denominateur: def.denominator,
    unite: def.unit,
    echelle: def.scale,
    periodicites: [...def.periodicity],
    niveaux: [...def.levels],
    sources: [...def.sources],
    secret: { numerateur: def.secrecy.numerator, denominateur: def.secrecy.denominator, regle: def.secrecy.rule },
    depend_de: [...def.dependsOn],
    limites: [...def.limits],
    historique: def.changes.map((c) => ({ version: c.version, date: c.date, changement: c.change })),
    sql: def.sql.trim(),
    ordre_cle: def.dashboard?.keyFigure ?? null,
    ordre_tableau: def.dashboard?.tableColumn ?? null,
    classe_zones: def.dashboard?.ranksZones ?? false,
    role_besoin: def.dashboard?.needPanel ?? null,
  };
}
