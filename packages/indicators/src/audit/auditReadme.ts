/** The README of an audit bundle, in French (figures already formatted). */
export function auditReadme(f: { runId: string; asOf: string; published: string; values: string; files: string; versions: string }): string {
  return `# Dossier d'audit Vigie — exécution ${f.runId}

Ce dossier permet de prouver d'où vient chaque chiffre publié par Vigie le ${f.published}
(semaines calculées jusqu'au ${f.asOf}) : ${f.values} valeurs, calculées à partir de ${f.files}
fichiers d'entrée et de ${f.versions} versions de définitions d'indicateurs.

## Contenu

| chemin | contenu |
|---|---|
| \`publication/\` | la publication telle que diffusée (Parquet) : \`valeurs.parquet\` (chaque chiffre, avec sa version de définition et son exécution), \`indicateurs_versions.parquet\` (le texte complet — SQL, paramètres, règle de secret — de chaque version), \`lignage.parquet\` (les fichiers d'entrée de chaque indicateur, par SHA-256), \`lignage_activite.parquet\` (les lignes de chaque fichier de journées et d'actes par zone et par jour), \`socle.parquet\` (le socle commun du calcul : SQL des relations préparées et des tables propres, version de Vigie), \`fichiers.parquet\`, \`executions.parquet\`… |
| \`fiches/<indicateur>-v<version>.md\` | la fiche de chaque version : définition, limites, règle de secret et SQL exact enregistré au calcul |
| \`fichiers.csv\` | les fichiers d'entrée : chemin dans l'inbox, source, SHA-256, statut, lignes lues, chargées et rejetées |
| \`SHA256SUMS\` | les empreintes des fichiers d'entrée, au format de \`sha256sum\` |

Les fichiers d'entrée eux-mêmes ne sont pas dans ce dossier (ils contiennent des données
personnelles) : demandez-les au producteur ou à l'équipe Vigie (ils sont gardés dans l'archive
\`archive/\` à côté de l'entrepôt, chacun nommé par son SHA-256).

## Vérifier les fichiers reçus

Placez les fichiers dans un dossier \`inbox/\` en respectant les chemins de \`fichiers.csv\`, puis :

    cd inbox && sha256sum -c ../SHA256SUMS

Chaque ligne doit finir par « OK ». Un fichier d'archive porte directement son SHA-256 comme nom.

## Re-dériver un chiffre sur une autre machine

Avec Vigie installé (\`npm ci\` dans le dépôt), la même version de Vigie de préférence
(\`meta.parquet\`, colonne version) :

    npx vigie verifier INDICATEUR --periode 2025-S40 --niveau region --code 84 \\
      --publication publication/ --inbox inbox/ [--archive dossier_archive/]

Vigie relit exactement les fichiers nommés dans \`lignage.parquet\` (trouvés par leur SHA-256 dans
l'inbox ou l'archive ; un fichier absent ou modifié est nommé), dans un entrepôt temporaire, avec
leurs dates d'arrivée enregistrées ; reconstruit les tables propres ; recalcule chaque indicateur
avec le SQL de la version enregistrée (pas celui du code actuel) ; applique le secret statistique
avec les règles enregistrées, sur toute la publication (le secret secondaire dépend de toutes les
valeurs) ; puis compare la valeur demandée à la valeur publiée : version, statut, valeur,
numérateur et dénominateur, à l'identique. Code de sortie 0 si tout est égal, 1 sinon, avec les
différences.

- \`--tout\` : compare toutes les valeurs de la publication ;
- \`--echantillon N\` : N valeurs tirées de façon fixe (les mêmes à chaque fois) ;
- \`vigie verifier INDICATEUR\` sans période : toutes les valeurs de l'indicateur.

\`vigie explain INDICATEUR --periode P --niveau N --code C\` (sur l'entrepôt) montre, pour une valeur,
la version, l'exécution et les fichiers qui lui ont fourni des lignes (lignes utilisées, chargées,
rejetées).

## Ce que la vérification suppose

- Le code de lecture des fichiers, des tables propres et du secret statistique est celui de la
  version de Vigie installée ; le texte des indicateurs, lui, est celui enregistré. Une différence
  de lecture (lignes chargées ou rejetées) est signalée fichier par fichier.
- Le référentiel territorial vient des fichiers INSEE listés s'il y en a, sinon du paquet
  \`@etalab/decoupage-administratif\` de la version installée ; les paramètres datés (indemnité
  journalière) de \`config/parametres.json\`.
`;
}
