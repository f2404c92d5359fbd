/** The files of the publication folder the dashboard reads (docs/architecture.md). */
export const PUBLICATION_FILES = [
  'valeurs.parquet',
  'indicateurs.parquet',
  'territoires.parquet',
  'fichiers.parquet',
  'rejets.parquet',
  'executions.parquet',
  'etapes.parquet',
  'alertes.parquet',
  'meta.parquet',
] as const;
