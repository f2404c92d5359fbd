import { cleanApl } from '../model/clean/apl.js';
import { communeCodeColumn, defineSource } from './sourceDeclaration.js';

/**
 * The DREES workbook « Indicateur d'accessibilité potentielle localisée (APL) aux médecins
 * généralistes », as public readers of the real file describe it (see docs/sources.md):
 * - recent vintages (2022 to 2024 data): sheets `APL 2022`, `APL 2023`, `APL 2024` after a notice
 *   sheet; titles and notes above the header (8 rows: readers use `skip=8`, or search the row
 *   holding `Code commune INSEE`); a row of units under the header (readers drop it with
 *   `slice(-1)`); the columns `APL aux médecins généralistes`, `… de 65 ans et moins` (2022, 2023
 *   vintages) or `… de 65 ans ou moins` (2024), idem 62 and 60 ans, `Population standardisée <AAAA>
 *   pour la médecine générale` and `Population totale <AAAA>` (the population's year, two years
 *   before the APL's);
 * - older vintages: sheets `APL_<AAAA>`, header on line 9, `APL aux médecins généralistes (sans
 *   borne d'âge)`, `… de moins de 65 ans`, `Population standardisée par la consommation de soins
 *   par tranche d'âge`.
 * DREES quotes the under-65 series as its headline APL: `apl_moins_65`; all ages: `apl`.
 */
export const aplSource = defineSource({
  id: 'drees.apl',
  label: 'Accessibilité potentielle localisée (APL) aux médecins généralistes',
  producer: 'drees',
  description:
    "L'APL de la DREES par commune et par année, en consultations accessibles par habitant et par an. Le classeur publié compte une feuille par année : `APL <AAAA>` dans les millésimes récents (titres et notes au-dessus de l'en-tête, repéré par sa première cellule `Code commune INSEE`, une ligne d'unités dessous, des notes après la dernière commune), `APL_<AAAA>` dans les anciens (en-tête en ligne 9). Les libellés de chaque millésime sont reconnus (voir « autres libellés ») ; les colonnes des 62 et 60 ans et la population totale, absentes des anciens classeurs, restent vides. La série de référence de la DREES est l'APL aux médecins de 65 ans ou moins (`apl_moins_65`) ; l'APL tous âges (`apl`) est gardée à côté. Une variante CSV par année est admise (une feuille enregistrée en CSV : titres au-dessus de l'en-tête et notes après les communes admis, sans ligne d'unités). Pour une commune et une année, le fichier le plus récent l'emporte. Présentation vérifiée sur des lecteurs publics du classeur réel (scripts R et Python qui lisent les feuilles `APL 2022`, `APL 2023`, `APL 2024` en sautant 8 lignes puis la ligne d'unités).",
  files: [
    {
      pattern: /^drees\/(?:.+\/)?[^/]*APL[^/]*\.xlsx$/,
      example: "drees/Indicateur d'accessibilité potentielle localisée (APL) aux médecins généralistes.xlsx",
      format: 'xlsx',
      sheet: /^APL[ _](?<year>\d{4})$/,
      headerLine: 9,
      headerSearch: { firstCell: 'Code commune INSEE', maxRows: 30 },
      unitsRow: true,
      trailingNotes: true,
    },
    {
      pattern: /^drees\/(?:.+\/)?apl_mg_(?<year>\d{4})\.csv$/,
      example: 'drees/apl_mg_2023.csv',
      format: 'csv',
      encoding: 'utf-8',
      separator: ';',
      headerSearch: { firstCell: 'Code commune INSEE', maxRows: 30 },
      trailingNotes: true,
    },
  ],
  columns: [
    communeCodeColumn('Code commune INSEE'),
    { header: 'Commune', id: 'commune' },
    {
      header: 'APL aux médecins généralistes de 65 ans ou moins',
      aliases: ['APL aux médecins généralistes de 65 ans et moins', 'APL aux médecins généralistes de moins de 65 ans'],
      id: 'apl_moins_65',
      type: 'decimal',
      min: 0,
      description: 'série de référence de la DREES',
    },
    {
      header: 'APL aux médecins généralistes',
      aliases: ["APL aux médecins généralistes (sans borne d'âge)"],
      id: 'apl',
      type: 'decimal',
      min: 0,
      description: 'tous âges de médecins',
    },
    {
      header: 'APL aux médecins généralistes de 62 ans ou moins',
      aliases: ['APL aux médecins généralistes de 62 ans et moins'],
      id: 'apl_moins_62',
      type: 'decimal',
      min: 0,
      mayBeAbsent: true,
    },
    {
      header: 'APL aux médecins généralistes de 60 ans ou moins',
      aliases: ['APL aux médecins généralistes de 60 ans et moins'],
      id: 'apl_moins_60',
      type: 'decimal',
      min: 0,
      mayBeAbsent: true,
    },
    {
      header: 'Population standardisée <AAAA> pour la médecine générale',
      aliases: ["Population standardisée par la consommation de soins par tranche d'âge"],
      id: 'population_standardisee',
      type: 'decimal',
      min: 0,
      description: '`<AAAA>` : année de la population, quelle qu’elle soit',
    },
    {
      header: 'Population totale <AAAA>',
      aliases: ['Population totale'],
      id: 'population_totale',
      type: 'decimal',
      min: 0,
      mayBeAbsent: true,
      description: '`<AAAA>` : année de la population, quelle qu’elle soit',
    },
  ],
  derived: [{ id: 'annee', group: 'year', type: 'integer', label: "année (nom de la feuille ou du fichier)" }],
  key: ['code_commune', 'annee'],
  versioning: 'delta',
  freshness: 'yearly',
  graceDays: 550,
  clean: [cleanApl],
});
