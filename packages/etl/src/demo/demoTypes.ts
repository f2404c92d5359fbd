/** Options de `writeDemoInbox` (commande `vigie demo`). */
export interface DemoOptions {
  /** Dossier de dépôt à écrire (il reçoit `drees/`, `cnam/`, `ars/` et, sur demande, `insee/`). */
  out: string;
  /** Multiplie volontaires, journées et actes (1 par défaut ; 0,1 pour des tests rapides, 10 pour les mesures). */
  scale?: number;
  /** Dimanche `AAAA-MM-JJ` qui termine la dernière semaine ISO complète ; par défaut le dimanche avant aujourd'hui. */
  until?: string;
  /** Graine du générateur pseudo-aléatoire (1 par défaut). */
  seed?: number;
  /** Lignes fautives réalistes, listées dans `DemoSummary.faults` (vrai par défaut ; `false` = `--sans-anomalies`). */
  faults?: boolean;
  /** Écrit aussi un millésime INSEE `insee/communes_<AAAA>.csv` et `insee/epci_<AAAA>.csv` (faux par défaut). */
  insee?: boolean;
}

export interface DemoFile {
  /** Chemin relatif au dossier de dépôt, séparateur `/` (`cnam/actes_mission_2025-S37.csv`). */
  path: string;
  /** Source de extracts.md (`cnam.actes`). */
  source: string;
  /** Lignes de données (sans l'en-tête ; toutes feuilles confondues pour un classeur). */
  rows: number;
}

export interface DemoFault {
  path: string;
  /** Ligne comme la compte un éditeur (en-tête = 1). */
  line: number;
  /** Nom exact de la colonne dans l'en-tête. */
  column: string;
  reason: string;
}

export interface DemoSummary {
  out: string;
  until: string;
  scale: number;
  files: DemoFile[];
  faults: DemoFault[];
}
