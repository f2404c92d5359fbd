import { pipelines } from '../../../definitions/index.js';
import type { Command } from '../command.js';
import { parseOptions } from '../parseOptions.js';

export const pipelinesCommand: Command = async (args, io) => {
  parseOptions('pipelines', args, {});
  for (const p of pipelines) {
    io.print(`${p.id} — ${p.label}\n  planification : « ${p.cron} » (${p.timezone})\n  étapes : ${p.steps.join(' → ')}\n  ${p.description}`);
  }
  return 0;
};
