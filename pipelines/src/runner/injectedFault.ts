import { Worker } from 'node:worker_threads';
import type { StepId } from '../../definitions/index.js';
import type { StepRunner } from './stepContext.js';

/** The test seam: `VIGIE_TEST_FAULT=<étape>:<panne>` replaces that step by a fault. */
export const TEST_FAULT_VARIABLE = 'VIGIE_TEST_FAULT';

/** Never settles, and nothing is left to run: Node ends an unsettled top-level await (code 13). */
const forever = () => new Promise<never>(() => undefined);

const faults: Record<string, StepRunner> = {
  /** A promise rejected that nobody awaits, while the step waits. */
  rejet: () => {
    setTimeout(() => void Promise.reject(new Error('Panne injectée : promesse rejetée sans traitement.')), 0);
    return forever();
  },
  /** An exception thrown from a callback, outside any try. */
  exception: () => {
    setTimeout(() => {
      throw new Error('Panne injectée : exception hors de toute étape.');
    }, 0);
    return forever();
  },
  /** A worker that dies with an error nobody listens to. */
  worker: () => {
    new Worker("throw new Error('Panne injectée : le processus auxiliaire s’est arrêté.')", { eval: true });
    return forever();
  },
  /** An await on something that will never come (what a reader stuck on a cut file did). */
  attente: forever,
};

/**
 * The fault injected in `step` by VIGIE_TEST_FAULT (tests of the `vigie` command's last-resort
 * handlers), or undefined. Kinds: rejet, exception, worker, attente.
 */
export function injectedFault(step: StepId, env: NodeJS.ProcessEnv = process.env): StepRunner | undefined {
  const wanted = env[TEST_FAULT_VARIABLE];
  if (!wanted) return undefined;
  const [faultStep, kind] = wanted.split(':');
  if (faultStep !== step) return undefined;
  const fault = kind === undefined ? undefined : faults[kind];
  if (!fault) {
    throw new Error(`${TEST_FAULT_VARIABLE}=${wanted} : panne inconnue, attendu <étape>:${Object.keys(faults).join('|')}.`);
  }
  return fault;
}
