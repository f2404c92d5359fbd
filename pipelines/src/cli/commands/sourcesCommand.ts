import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderSourcesGuide } from '../../docs/renderSourcesGuide.js';
import type { Command } from '../command.js';
import { parseOptions } from '../parseOptions.js';

export const sourcesCommand: Command = async (args, io) => {
  const { values } = parseOptions('sources', args, { out: { type: 'string' } });
  const guide = renderSourcesGuide();
  if (!values.out) {
    io.print(guide);
    return 0;
  }
  writeFileSync(resolve(values.out), guide);
  io.print(`Guide des sources écrit dans ${resolve(values.out)}.`);
  return 0;
};
