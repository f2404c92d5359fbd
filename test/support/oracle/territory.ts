import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../runVigie.js';

/** The embedded referential (`@etalab/decoupage-administratif`), read straight from its JSON. */
export interface Territory {
  communes: Map<string, { departement: string; region: string; population: number }>;
  epci: Map<string, EpciOfTerritory>;
  /** Région of each département. */
  departementRegion: Map<string, string>;
}

export interface EpciOfTerritory {
  code: string;
  /** Σ populationMunicipale of the member communes. */
  population: number;
  members: Array<{ code: string; population: number }>;
  /** The département and région holding the largest part of its population (indicators.md). */
  departement: string;
  region: string;
}

interface CommuneJson { code: string; type: string; departement: string; region: string; population?: number }
interface EpciJson { code: string; membres: Array<{ code: string; populationMunicipale: number }> }

/**
 * Where a commune's population municipale is read. The package carries two figures that differ for
 * some communes: `membres_epci` (epci.json `membres[].populationMunicipale`, this oracle's reading,
 * as its brief asks) and `communes` (communes.json `population`). indicators.md only says
 * "population municipale of the referential in use".
 */
export type PopulationSource = 'membres_epci' | 'communes';

const cached = new Map<PopulationSource, Territory>();

export function loadTerritory(populationSource: PopulationSource = 'membres_epci'): Territory {
  const done = cached.get(populationSource);
  if (done) return done;
  const dataDir = join(REPO_ROOT, 'node_modules/@etalab/decoupage-administratif/data');
  const communeRows = JSON.parse(readFileSync(join(dataDir, 'communes.json'), 'utf8')) as CommuneJson[];
  const communes = new Map<string, { departement: string; region: string; population: number }>();
  for (const c of communeRows) {
    if (c.type !== 'commune-actuelle') continue;
    communes.set(c.code, { departement: c.departement, region: c.region, population: c.population ?? 0 });
  }
  const departementRegion = new Map<string, string>();
  for (const d of JSON.parse(readFileSync(join(dataDir, 'departements.json'), 'utf8')) as Array<{ code: string; region: string }>) {
    departementRegion.set(d.code, d.region);
  }
  const epci = new Map<string, EpciOfTerritory>();
  for (const e of JSON.parse(readFileSync(join(dataDir, 'epci.json'), 'utf8')) as EpciJson[]) {
    const members = e.membres.map((m) => ({
      code: m.code,
      population: populationSource === 'communes' ? (communes.get(m.code)?.population ?? 0) : m.populationMunicipale,
    }));
    const byDep = new Map<string, number>();
    const byReg = new Map<string, number>();
    for (const m of members) {
      const c = communes.get(m.code);
      if (!c) throw new Error(`commune ${m.code} de l'EPCI ${e.code} absente de communes.json`);
      byDep.set(c.departement, (byDep.get(c.departement) ?? 0) + m.population);
      byReg.set(c.region, (byReg.get(c.region) ?? 0) + m.population);
    }
    epci.set(e.code, {
      code: e.code,
      population: members.reduce((s, m) => s + m.population, 0),
      members,
      departement: largest(byDep),
      region: largest(byReg),
    });
  }
  const territory = { communes, epci, departementRegion };
  cached.set(populationSource, territory);
  return territory;
}

/** Key with the largest total (ties: smallest code, an assumption: the spec says nothing of ties). */
function largest(totals: Map<string, number>): string {
  return [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}
