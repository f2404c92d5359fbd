#!/usr/bin/env node
// The `vigie` command: runs the TypeScript sources directly through tsx (no build step).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../pipelines/src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
