import { copyFileSync, linkSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Every file under `dir`, as paths relative to it with `/`. */
function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path, base) : [relative(base, path).split('\\').join('/')];
  });
}

/** The ISO week code (`2026-S47`) and the days (`20261116`…`20261122`) of the week ending on `sunday`. */
function weekNames(sunday: string): { week: string; days: string[] } {
  const end = new Date(`${sunday}T00:00:00Z`);
  const days = Array.from({ length: 7 }, (_, i) => new Date(end.getTime() - (6 - i) * 86_400_000).toISOString().slice(0, 10));
  const thursday = new Date(end.getTime() - 3 * 86_400_000);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.floor((thursday.getTime() - yearStart) / 86_400_000 / 7) + 1;
  return { week: `${thursday.getUTCFullYear()}-S${String(week).padStart(2, '0')}`, days: days.flatMap((d) => [d, d.replaceAll('-', '')]) };
}

function inWeekOf(sunday: string): (path: string) => boolean {
  const { week: code, days } = weekNames(sunday);
  return (path) => path.includes(code) || days.some((d) => path.includes(d));
}

/** A hard link (the same bytes, at no cost), or a copy across file systems. */
function place(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/**
 * Splits an inbox: the files of the week ending on `sunday` (its week code or one of its days in
 * the name) go to `week`, those of the week ending on `leaveOut` (if given) nowhere, every other
 * file to `before`, each under its relative path.
 */
export function splitLastWeek(inbox: string, sunday: string, before: string, week: string, leaveOut?: string): { before: number; week: string[] } {
  const inWeek = inWeekOf(sunday);
  const left = leaveOut ? inWeekOf(leaveOut) : () => false;
  const files = listFiles(inbox).filter((f) => !left(f));
  const weekFiles = files.filter(inWeek);
  for (const file of files) place(join(inbox, file), join(inWeek(file) ? week : before, file));
  return { before: files.length - weekFiles.length, week: weekFiles };
}

/** Adds every file of `from` to `inbox`, under the same relative paths. */
export function addFiles(from: string, inbox: string): void {
  for (const file of listFiles(from)) place(join(from, file), join(inbox, file));
}
