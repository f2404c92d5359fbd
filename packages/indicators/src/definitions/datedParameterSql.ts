/**
 * SQL of a dated parameter (ref.parametres, loaded from config/parametres.json): its values with
 * their start dates, or `fallback` from `since` when the warehouse declares none (a test warehouse,
 * an old configuration). Join it with `ASOF LEFT JOIN … ON day >= date_debut` for the value in
 * force on a day.
 */
export function datedParameterSql(name: string, fallback: number, since: string): string {
  return `(SELECT date_debut, valeur FROM ref.parametres WHERE nom = '${name}'
   UNION ALL
   SELECT DATE '${since}', ${fallback} WHERE NOT EXISTS (SELECT 1 FROM ref.parametres WHERE nom = '${name}'))`;
}
