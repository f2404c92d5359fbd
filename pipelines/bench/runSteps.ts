/**
 * The weekly pipeline without its publication and site: `tsx runSteps.ts INBOX WAREHOUSE AAAA-MM-JJ`
 * (ingest, model, freshness, compute, archive included). speedTable.bench.ts runs it as a child
 * process when VIGIE_BENCH_SANS_PUBLICATION=1, to measure the pipeline's own steps apart from the
 * statistical secrecy's audit.
 */
import { createLogger } from '../src/log/logger.js';
import { hebdomadaire } from '../definitions/hebdomadaire.js';
import { runPipeline } from '../src/runner/runPipeline.js';

const [inbox, warehouse, asOf] = process.argv.slice(2);
if (!inbox || !warehouse || !asOf) throw new Error('Usage : tsx runSteps.ts INBOX ENTREPOT AAAA-MM-JJ');
const report = await runPipeline({
  pipeline: hebdomadaire,
  paths: { inbox, warehouse, publicationDir: `${warehouse}.publication` },
  trigger: 'commande',
  log: createLogger({ write: () => undefined }),
  only: ['ingest', 'model', 'freshness', 'compute'],
  asOf,
  dashboard: false,
});
process.stdout.write(`${report.status}\n`);
process.exitCode = report.status === 'reussie' ? 0 : 1;
