/** The `vigie` command's help, in French (interfaces.md). */
export const USAGE = `vigie — indicateurs de la mission de solidarité territoriale

Usage : npx vigie <commande> [options]

Commandes :
  run [PIPELINE]      exécute un pipeline maintenant (par défaut : hebdomadaire)
                      --inbox DIR --warehouse FILE --jusqu-au AAAA-MM-JJ [--publier]
                      --sans-tableau-de-bord --attendre SECONDES
                      --archive DIR (défaut : archive/ à côté de l'entrepôt) --sans-archive
  ingest              intègre les nouveaux fichiers de l'inbox (--inbox, --warehouse)
  compute             calcule les indicateurs (--warehouse, --jusqu-au)
  publish             publie les valeurs calculées (--warehouse)
  export              --out FILE [--format csv|parquet|arrow] [--warehouse FILE]
  rejects             --out FILE [--warehouse FILE] : lignes et fichiers rejetés
  explain INDICATEUR  [--periode P] [--niveau N] [--code C] : fiche et calcul d'une valeur
  verifier [INDICATEUR] --periode P --niveau N --code C | --tout | --echantillon N
                      recalcule des valeurs publiées depuis les fichiers enregistrés (SHA-256)
                      [--publication DIR] [--inbox DIR] [--archive DIR] ; 0 si identiques, 1 sinon
  audit               --out DIR [--publication DIR] : dossier d'audit (publication, fiches de
                      chaque version, lignage, empreintes, LISEZMOI)
  secret --audit      [--publication DIR] : prouve qu'aucun compte masqué ne se déduit des valeurs
                      publiées (cellules masquées, déductibles, coût) ; 0 si aucune, 1 sinon
  catalogue           [--out DIR] : fiches de tous les indicateurs (Markdown et JSON)
  runs                [--warehouse FILE] [--limite N] : journal des exécutions
  schedule            exécute les pipelines selon leur planification (Europe/Paris)
  dashboard           [--serve] [--port N] : construit (et sert) le tableau de bord
  demo                [--scale N] [--out DIR] [--jusqu-au AAAA-MM-JJ] [--sans-anomalies]
                      extraits de démonstration (fictifs)
  pipelines           liste les pipelines déclarés et leur planification
  sources             [--out FICHIER] : le guide des sources (fichiers attendus, colonnes, contrôles)

Variables d'environnement : VIGIE_INBOX, VIGIE_WAREHOUSE, VIGIE_ARCHIVE.
Codes de sortie : 0 succès, 1 échec, 2 mauvaise utilisation.`;

/** Bad usage: exit code 2 with a message saying what to type instead. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
