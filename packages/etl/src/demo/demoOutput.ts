import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { matchSource } from '../sources/matchSource.js';
import { CsvFileWriter, type CsvFileSpec } from './csvFileWriter.js';
import type { DemoFile } from './demoTypes.js';
import type { FaultInjector } from './faultInjector.js';

/** Un CSV de démonstration ouvert : `row` écrit une ligne (éventuellement abîmée), `close` l'inscrit au bilan. */
export interface DemoCsv {
  /** Écrit une ligne ; `faultable: false` la protège des fautes (ex. : dernier instantané). */
  row(cells: readonly string[], faultable?: boolean): Promise<void>;
  close(): Promise<void>;
}

/** The source a demo file belongs to: the declared source that recognises its name (the registry decides, never the demo). */
function sourceOf(path: string): string {
  const match = matchSource(path);
  if (!match) {
    throw new Error(`Fichier de démonstration « ${path} » : aucune source déclarée ne reconnaît ce nom (motifs de packages/etl/src/sources/). Corrigez le nom écrit par la démonstration ou le motif de la source.`);
  }
  return match.source.id;
}

/** Fichiers dont la fermeture peut rester en cours pendant qu'on écrit les suivants. */
const MAX_PENDING_CLOSES = 32;

/**
 * Le dossier de dépôt en cours d'écriture et son bilan (fichiers, lignes, fautes). Les lignes sont
 * produites dans un ordre fixe (les fautes en dépendent) ; seules les fermetures se chevauchent.
 */
export class DemoOutput {
  readonly files: DemoFile[] = [];
  private readonly folders = new Set<string>();
  private pendingCloses: Promise<unknown>[] = [];

  constructor(
    readonly outDir: string,
    readonly faultInjector: FaultInjector,
  ) {}

  async openCsv(spec: CsvFileSpec): Promise<DemoCsv> {
    const source = sourceOf(spec.path);
    await this.ensureFolder(spec.path);
    const writer = CsvFileWriter.open(this.outDir, spec);
    const injector = this.faultInjector;
    return {
      row: (cells, faultable = true) =>
        writer.row(faultable ? injector.apply(source, spec.path, writer.nextLine, spec.header, cells) : cells),
      close: async () => {
        this.files.push({ path: spec.path, source, rows: writer.rows });
        this.pendingCloses.push(writer.close());
        if (this.pendingCloses.length >= MAX_PENDING_CLOSES) await this.finish();
      },
    };
  }

  /** Attend que tous les fichiers soient écrits et fermés. */
  async finish(): Promise<void> {
    const pending = this.pendingCloses;
    this.pendingCloses = [];
    await Promise.all(pending);
  }

  private async ensureFolder(path: string): Promise<void> {
    const folder = dirname(join(this.outDir, ...path.split('/')));
    if (this.folders.has(folder)) return;
    await mkdir(folder, { recursive: true });
    this.folders.add(folder);
  }

  /** Écrit d'un coup un petit fichier (le classeur APL) et l'inscrit au bilan. */
  async writeBytes(path: string, rows: number, bytes: Uint8Array): Promise<void> {
    const source = sourceOf(path);
    await this.ensureFolder(path);
    await writeFile(join(this.outDir, ...path.split('/')), bytes);
    this.files.push({ path, source, rows });
  }

  /** Écrit toutes les lignes d'un petit fichier. */
  async writeCsv(spec: CsvFileSpec, rows: Iterable<readonly string[]>, faultable = true): Promise<void> {
    const csv = await this.openCsv(spec);
    for (const cells of rows) await csv.row(cells, faultable);
    await csv.close();
  }
}
