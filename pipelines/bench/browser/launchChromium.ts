import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

/** Where the browser of the tests comes from. */
export interface ChromiumFound {
  executablePath: string;
  origin: 'npm' | 'système';
  /** Libraries to put first on LD_LIBRARY_PATH (the npm package's own, when the system lacks them). */
  libraryPath?: string;
}

export interface FindChromiumOptions {
  /** The npm package that ships Chromium in its tarball (default `@sparticuz/chromium`). */
  npmPackage?: string;
  /** System browsers tried when the npm one cannot be used (default: chromium, chromium-browser, google-chrome in PATH). */
  systemNames?: string[];
  /** Use the libraries shipped with the npm package even when the system has them (to test that path). */
  bundledLibraries?: 'si-absentes' | 'toujours';
}

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

interface SparticuzChromium {
  executablePath(input?: string): Promise<string>;
}
interface SparticuzModule {
  default: SparticuzChromium;
  inflate(file: string): Promise<string>;
}

/**
 * Finds a Chromium for the browser tests, without installing anything on the system: first the
 * one inside the npm package `@sparticuz/chromium` (a root devDependency; unpacked once into the
 * temporary folder, with its own NSS libraries used when the system has none), then a system
 * Chromium found in PATH. Throws at once, in French, when neither can be used.
 */
export async function findChromium(options: FindChromiumOptions = {}): Promise<ChromiumFound> {
  const npmPackage = options.npmPackage ?? '@sparticuz/chromium';
  let npmProblem: string;
  try {
    const module = (await import(npmPackage)) as SparticuzModule;
    const executablePath = await module.default.executablePath();
    const missing = missingLibraries(executablePath);
    if (missing.length === 0 && options.bundledLibraries !== 'toujours') return { executablePath, origin: 'npm' };
    // build/index.js → the package folder, whose bin/ holds the compressed browser and libraries
    const packageBin = join(dirname(dirname(fileURLToPath(import.meta.resolve(npmPackage)))), 'bin', 'al2023.tar.br');
    const libraryPath = join(await module.inflate(packageBin), 'lib');
    const stillMissing = missingLibraries(executablePath, libraryPath);
    if (stillMissing.length === 0) return { executablePath, origin: 'npm', libraryPath };
    npmProblem = `bibliothèques introuvables pour ${executablePath} : ${stillMissing.join(', ')}`;
  } catch (error) {
    npmProblem = (error as Error).message.split('\n')[0] ?? String(error);
  }
  for (const name of options.systemNames ?? SYSTEM_NAMES) {
    const executablePath = findInPath(name);
    if (executablePath) return { executablePath, origin: 'système' };
  }
  throw new Error(
    'Aucun Chromium pour les tests navigateur. Attendu : le Chromium du paquet npm ' +
      `${npmPackage} (dépendance de développement de la racine), ou un Chromium du système. ` +
      `Trouvé : ${npmPackage} inutilisable (${npmProblem}) ; aucun de ${(options.systemNames ?? SYSTEM_NAMES).join(', ')} dans PATH. ` +
      `À faire : lancez \`npm install\` à la racine du dépôt (il installe ${npmPackage}), ` +
      `vérifiez que le dossier temporaire ${tmpdir()} est inscriptible (~200 Mo), ou installez Chromium.`,
  );
}

/** Launches the Chromium `findChromium` finds, headless, with nothing reachable beyond what the page asks. */
export async function launchChromium(options: FindChromiumOptions = {}): Promise<{ browser: Browser; found: ChromiumFound }> {
  const found = await findChromium(options);
  const env = found.libraryPath
    ? { ...process.env, LD_LIBRARY_PATH: [found.libraryPath, process.env['LD_LIBRARY_PATH'] ?? ''].filter(Boolean).join(delimiter) }
    : undefined;
  const browser = await chromium.launch({
    executablePath: found.executablePath,
    ...(env ? { env } : {}),
    args: ['--no-sandbox', '--no-zygote', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  return { browser, found };
}

/** The shared libraries `ldd` cannot find for a binary (none when `ldd` is not available). */
function missingLibraries(executablePath: string, libraryPath?: string): string[] {
  let output: string;
  try {
    const env = libraryPath ? { ...process.env, LD_LIBRARY_PATH: libraryPath } : process.env;
    output = execFileSync('ldd', [executablePath], { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return [];
  }
  return output
    .split('\n')
    .filter((line) => line.includes('not found'))
    .map((line) => line.trim().split(/\s/)[0] ?? line.trim());
}

function findInPath(name: string): string | undefined {
  for (const folder of (process.env['PATH'] ?? '').split(delimiter)) {
    const candidate = join(folder, name);
    try {
      if (!existsSync(candidate)) continue;
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not executable: try the next folder
    }
  }
  return undefined;
}
