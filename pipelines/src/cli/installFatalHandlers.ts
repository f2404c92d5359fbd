import { getActiveRun } from '../runner/activeRun.js';
import type { Logger } from '../log/logger.js';

/** How long the ledger may take to record the failure before the process exits anyway. */
const RECORD_TIMEOUT_MS = 15_000;

export interface FatalHandlers {
  /** The command returned: an empty event loop afterwards is a normal end. */
  settled(): void;
}

/**
 * The last resort of the `vigie` command: an unhandled rejection, an uncaught exception (a worker
 * that dies with an error nobody listens to, a throw in a callback) or an await that can never
 * settle (the event loop empties while the command still waits: Node would exit with code 13 and
 * no word) prints a French error naming the command, the step and what it was reading, records
 * the run in progress as failed (`echec`, with that message; its staged publication dropped),
 * and exits with code 1.
 */
export function installFatalHandlers(command: string, log: Logger): FatalHandlers {
  let settled = false;
  let handling = false;

  const fatal = (what: string, error: unknown): void => {
    if (handling) return;
    handling = true;
    const detail = error instanceof Error ? error.message : String(error);
    const run = getActiveRun();
    const step = run?.stepLabel();
    const activity = run?.activity();
    const reason = `Erreur inattendue : ${what} — ${detail.replace(/\.?$/, '.')}${activity ? ` (${activity})` : ''}`;
    const where = run ? `Exécution ${run.runId}${step ? `, étape « ${step} »` : ''}` : `« vigie ${command} »`;
    log.error(
      'erreur_fatale',
      `${where} : ${reason} Signalez-la avec ce message et le journal (VIGIE_DEBUG=1 donne la pile d'appels) ; ` +
        'relancez la commande une fois la cause corrigée.',
      { ...(run ? { runId: run.runId } : {}), ...(step ? { stepLabel: step } : {}) },
    );
    if (process.env['VIGIE_DEBUG'] && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    const recorded = run ? run.fail(reason) : Promise.resolve('');
    const timeout = new Promise<void>((done) => setTimeout(done, RECORD_TIMEOUT_MS).unref());
    void Promise.race([recorded.then(() => undefined, () => undefined), timeout]).then(() => process.exit(1));
  };

  process.on('unhandledRejection', (reason) => fatal('une promesse a été rejetée sans être traitée', reason));
  process.on('uncaughtException', (error) => fatal('une exception n’a pas été rattrapée', error));
  process.on('beforeExit', () => {
    if (settled || handling) return;
    fatal(
      'la commande attendait une opération qui ne se terminera jamais',
      new Error('plus rien ne s’exécute alors que la commande n’a pas rendu de résultat (promesse jamais résolue)'),
    );
  });
  // Node's own exit in the middle (process.exit from a library): at least say so, with code 1.
  process.on('exit', (code) => {
    if (settled || handling) return;
    log.error('erreur_fatale', `Arrêt inattendu de « vigie ${command} » (code ${code}) avant la fin de la commande : résultat inconnu, relancez-la.`);
    process.exitCode = 1;
  });
  return {
    settled: () => {
      settled = true;
    },
  };
}
