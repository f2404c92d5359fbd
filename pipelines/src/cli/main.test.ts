import { describe, expect, it } from 'vitest';
import { commands } from './main.js';
import { USAGE } from './usage.js';

describe('vigie commands, each loaded when it runs', () => {
  it('each name loads its command', async () => {
    for (const [name, load] of Object.entries(commands)) {
      const command = await load();
      expect(typeof command, name).toBe('function');
    }
  });
  it('the help names every command but `start` (npm start)', () => {
    const listed = [...USAGE.matchAll(/^ {2}([a-z]+)\b/gm)].map((m) => m[1]);
    expect(Object.keys(commands).filter((name) => name !== 'start').sort()).toEqual([...new Set(listed)].sort());
  });
});
