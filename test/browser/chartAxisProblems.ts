import type { Page } from 'playwright-core';
import { indicators } from '@vigie/indicators';
import { drawnCharts } from '../../pipelines/bench/browser/openDashboardPage.js';

/**
 * Charts that read right: a count's axis has whole, distinct ticks (never « 1, 1, 1, 0 »); a
 * share's carries %; euros carry €; half days are « 7 » or « 7,5 », never « 7,00 ». Checks every
 * chart of the page (at least `expectedCharts`); one not named after an indicator has distinct
 * ticks and none like « 3,0 ». Returns the problems, in French (none: an empty list).
 */
export async function chartAxisProblems(page: Page, expectedCharts: number): Promise<string[]> {
  const charts = await drawnCharts(page);
  const problems = charts.length >= expectedCharts ? [] : [`${charts.length} courbe(s) au lieu d'au moins ${expectedCharts}`];
  for (const chart of charts) {
    const definition = indicators.find((d) => d.label === chart.title);
    const where = `« ${chart.title} » : ${chart.yLabels.join(' | ')}`;
    if (chart.yLabels.length < 2) problems.push(`${where} : moins de deux graduations`);
    else if (new Set(chart.yLabels).size !== chart.yLabels.length) problems.push(`${where} : graduations répétées`);
    else if (!definition && chart.yLabels.some((l) => /,0+( |$)/.test(l))) problems.push(`${where} : des graduations « 3,0 »`);
    else if (!definition) continue;
    else if (definition.unit === '%' && !chart.yLabels.every((l) => /^\d[\d ]*(,\d)? %$/.test(l))) problems.push(`${where} : une part sans %`);
    else if (definition.unit === '€' && !chart.yLabels.every((l) => /^\d[\d ]* €$/.test(l))) problems.push(`${where} : des euros sans €`);
    else if (definition.id === 'jours_realises' && !chart.yLabels.every((l) => /^\d[\d ]*(,5)?$/.test(l))) problems.push(`${where} : des demi-journées mal écrites`);
    else if (!['%', '€'].includes(definition.unit) && definition.id !== 'jours_realises' && !chart.yLabels.every((l) => /^\d[\d ]*$/.test(l)))
      problems.push(`${where} : un compte aux graduations non entières`);
  }
  return problems;
}
