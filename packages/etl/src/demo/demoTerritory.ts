import { createRequire } from 'node:module';

/** Le référentiel territorial embarqué (`@etalab/decoupage-administratif`), réduit à ce que la démonstration utilise. */
export interface DemoCommune {
  code: string;
  name: string;
  departement: string;
  region: string;
  population: number;
  arrondissement: string;
  epci: string | null;
}

export interface DemoEpci {
  code: string;
  name: string;
  type: string;
  population: number;
  /** Région et département qui portent la plus grande part de sa population. */
  region: string;
  departement: string;
  /** Communes membres, de la plus peuplée à la moins peuplée. */
  members: DemoCommune[];
}

export interface DemoTerritory {
  communes: Map<string, DemoCommune>;
  epcis: DemoEpci[];
  epciByCode: Map<string, DemoEpci>;
  /** Départements et régions qui ont des EPCI (métropole et DROM). */
  departements: { code: string; name: string; region: string }[];
  regions: { code: string; name: string }[];
  /** Communes déléguées, associées et arrondissements municipaux (pour un millésime INSEE). */
  otherCommunes: { code: string; name: string; type: string; departement: string; region: string; arrondissement: string; parent: string }[];
  /** Un ancien code de commune, absent des communes actuelles. */
  retiredCommuneCode: string;
}

interface RawCommune {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  region?: string;
  arrondissement?: string;
  population?: number;
  chefLieu?: string;
  commune?: string;
}
interface RawEpci {
  code: string;
  nom: string;
  type: string;
  membres: { code: string }[];
}

let cached: DemoTerritory | undefined;

function majority(members: DemoCommune[], key: 'region' | 'departement'): string {
  const totals = new Map<string, number>();
  for (const m of members) totals.set(m[key], (totals.get(m[key]) ?? 0) + m.population);
  return [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}

export function loadDemoTerritory(): DemoTerritory {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const rawCommunes = require('@etalab/decoupage-administratif/data/communes.json') as RawCommune[];
  const rawEpcis = require('@etalab/decoupage-administratif/data/epci.json') as RawEpci[];
  const rawDepartements = require('@etalab/decoupage-administratif/data/departements.json') as { code: string; nom: string; region: string }[];
  const rawRegions = require('@etalab/decoupage-administratif/data/regions.json') as { code: string; nom: string }[];

  const communes = new Map<string, DemoCommune>();
  const otherCommunes: DemoTerritory['otherCommunes'] = [];
  for (const c of rawCommunes) {
    const common = { code: c.code, name: c.nom, departement: c.departement ?? '', region: c.region ?? '', arrondissement: c.arrondissement ?? '' };
    if (c.type === 'commune-actuelle') communes.set(c.code, { ...common, population: c.population ?? 0, epci: null });
    else otherCommunes.push({ ...common, type: c.type, parent: c.chefLieu ?? c.commune ?? '' });
  }
  const epcis: DemoEpci[] = rawEpcis.map((e) => {
    const members = e.membres.map((m) => communes.get(m.code)).filter((c): c is DemoCommune => c !== undefined);
    for (const m of members) m.epci = e.code;
    members.sort((a, b) => b.population - a.population || a.code.localeCompare(b.code));
    return {
      code: e.code,
      name: e.nom,
      type: e.type,
      population: members.reduce((sum, m) => sum + m.population, 0),
      region: majority(members, 'region'),
      departement: majority(members, 'departement'),
      members,
    };
  });
  epcis.sort((a, b) => a.code.localeCompare(b.code));
  const retired = otherCommunes.filter((c) => c.type !== 'arrondissement-municipal' && !communes.has(c.code)).map((c) => c.code).sort();
  const departmentsInEpci = new Set([...communes.values()].filter((c) => c.epci !== null).map((c) => c.departement));
  cached = {
    communes,
    epcis,
    epciByCode: new Map(epcis.map((e) => [e.code, e])),
    departements: rawDepartements.filter((d) => departmentsInEpci.has(d.code)).map((d) => ({ code: d.code, name: d.nom, region: d.region })),
    regions: rawRegions.filter((r) => rawDepartements.some((d) => d.region === r.code && departmentsInEpci.has(d.code))).map((r) => ({ code: r.code, name: r.nom })),
    otherCommunes,
    retiredCommuneCode: retired[0] ?? '99999',
  };
  return cached;
}
