import { existsSync, rmSync } from 'node:fs';
import type { Warehouse } from '@vigie/etl';
import {
  cleanStagedFolders,
  publicationIdentity,
  restorePublishTables,
  swapPublicationFolder,
  warehousePublicationIdentity,
} from '@vigie/indicators';
import { siteDirFor } from '../dashboard/dashboardPaths.js';

/**
 * The two-phase publication of a pipeline that builds the dashboard. The publish step writes
 * publish.* (one warehouse transaction) and a staged folder `.publication.tmp-<run>`; the
 * dashboard step builds the site from that folder into `.site.tmp-<run>`; only when both exist
 * are they swapped in (`publication/` then `site/`, beside the warehouse). Otherwise the staged
 * folders are removed and publish.* is reloaded from the publication in place: the folder in
 * place is the publication, and `vigie export` reads the same values as the site shows.
 */
export interface StagedPublication {
  /** The new publication folder, not in place yet. */
  publicationDir: string;
}

/** Puts the staged publication, then the staged site (each when given), in place. */
export function commitStagedPublication(
  publicationDir: string,
  staged: StagedPublication | undefined,
  stagedSite: string | undefined,
): void {
  if (staged) swapPublicationFolder(staged.publicationDir, publicationDir);
  if (stagedSite) swapPublicationFolder(stagedSite, siteDirFor(publicationDir));
}

/**
 * Removes the staged publication and site of a run that will not put them in place, and makes
 * publish.* match the publication folder in place again (in one transaction).
 */
export async function discardStagedPublication(wh: Warehouse, publicationDir: string, staged: StagedPublication): Promise<void> {
  rmSync(staged.publicationDir, { recursive: true, force: true });
  cleanStagedFolders(siteDirFor(publicationDir));
  await wh.transaction(() => restorePublishTables(wh, publicationDir));
}

/**
 * What a failed run leaves in place, in words for the ledger and the messages: « rien n'a été
 * publié par cette exécution : la publication précédente (exécution X) reste en place, avec son
 * site », « … et aucune publication n'existe encore », or, when the folder in place holds the
 * values of `runId` itself, « la publication de cette exécution est en place ».
 */
export async function livePublicationNote(wh: Warehouse, publicationDir: string, runId: string): Promise<string> {
  const live = await publicationIdentity(wh, publicationDir);
  if (!live) return "rien n'a été publié par cette exécution, et aucune publication n'existe encore";
  if (live.runId === runId) return 'la publication de cette exécution est en place';
  const site = existsSync(siteDirFor(publicationDir)) ? ', avec son site' : '';
  return `rien n'a été publié par cette exécution : la publication précédente (exécution ${live.runId}) reste en place${site}`;
}

/**
 * At the start of a run: finishes or undoes what a killed run left. A swap stopped between its
 * two renames is put back, staged folders are removed, and when publish.* holds another
 * publication than the folder in place (a run killed after its publish step, before the site was
 * built), publish.* is reloaded from the folder. Returns a French sentence when it repaired
 * something.
 */
export async function reconcilePublication(wh: Warehouse, publicationDir: string): Promise<string | undefined> {
  const removed = [...cleanStagedFolders(publicationDir), ...cleanStagedFolders(siteDirFor(publicationDir))];
  const inFolder = await publicationIdentity(wh, publicationDir);
  const inWarehouse = await warehousePublicationIdentity(wh);
  const same = inFolder?.runId === inWarehouse?.runId && inFolder?.publishedAt === inWarehouse?.publishedAt;
  if (!same) await wh.transaction(() => restorePublishTables(wh, publicationDir));
  if (same && removed.length === 0) return undefined;
  const folders = removed.length > 0 ? `${removed.length} dossier(s) préparé(s) par une exécution interrompue supprimé(s)` : '';
  const tables = same
    ? ''
    : `tables publish.* remises d'accord avec la publication en place (${inFolder ? `exécution ${inFolder.runId}` : 'aucune'})`;
  return `Reprise : ${[folders, tables].filter(Boolean).join(' ; ')}.`;
}
