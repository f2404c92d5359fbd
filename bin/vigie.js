#!/usr/bin/env node
// The `vigie` command: runs the TypeScript sources directly through tsx (no build step).
import { register } from 'tsx/esm/api';

register();
let runCli;
try {
  ({ runCli } = await import('../pipelines/src/cli/runCli.ts'));
} catch (error) {
  // A source that does not load (a file missing after an incomplete update): say it in French.
  process.stderr.write(
    `Impossible de charger la commande vigie : ${error instanceof Error ? error.message : String(error)}\n` +
      'Vérifiez que le dépôt est complet et que `npm install` a été lancé, puis relancez.\n',
  );
  process.exit(1);
}
process.exitCode = await runCli(process.argv.slice(2));
