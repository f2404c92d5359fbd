import type { IndicatorDefinition } from '../definitions/indicatorDefinition.js';

/**
 * The definitions in an order where each comes after those it depends on (`dependsOn`), adding
 * the dependencies missing from `wanted`. Throws on an unknown id or a cycle.
 */
export function orderByDependencies(wanted: readonly IndicatorDefinition[], all: readonly IndicatorDefinition[]): IndicatorDefinition[] {
  const byId = new Map(all.map((d) => [d.id, d]));
  const ordered: IndicatorDefinition[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (def: IndicatorDefinition, path: string[]): void => {
    const seen = state.get(def.id);
    if (seen === 'done') return;
    if (seen === 'visiting') throw new Error(`Dépendance circulaire entre indicateurs : ${[...path, def.id].join(' → ')}.`);
    state.set(def.id, 'visiting');
    for (const id of def.dependsOn) {
      const dependency = byId.get(id);
      if (!dependency) throw new Error(`L'indicateur ${def.id} dépend de « ${id} », qui n'est pas déclaré dans la liste des indicateurs.`);
      visit(dependency, [...path, def.id]);
    }
    state.set(def.id, 'done');
    ordered.push(def);
  };
  for (const def of wanted) visit(def, []);
  return ordered;
}
