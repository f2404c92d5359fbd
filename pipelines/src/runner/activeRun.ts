/**
 * The run in progress in this process, for the last-resort handlers of the `vigie` command
 * (`installFatalHandlers`): an unhandled rejection, an uncaught exception or an await that will
 * never settle must still name the step and record the run as failed.
 */
export interface ActiveRun {
  runId: string;
  /** « Intégration des extraits », or undefined between steps. */
  stepLabel(): string | undefined;
  /** What the step was working on (« dernier fichier lu : drees/apl_2025.xlsx »), if known. */
  activity(): string | undefined;
  /** Records the step and the run as failed with `message`; returns the run's message. */
  fail(message: string): Promise<string>;
}

let active: ActiveRun | undefined;

export function setActiveRun(run: ActiveRun | undefined): void {
  active = run;
}

export function getActiveRun(): ActiveRun | undefined {
  return active;
}
