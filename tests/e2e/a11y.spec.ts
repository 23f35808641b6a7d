import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './support/fixtures';
import { Dashboard } from './support/dashboard';
import { EditMode } from './support/edits';
import { ChartFigure } from './support/charts';

const views: [string, string][] = [
  ['overview', ''],
  ['filtered list', 'status=delayed&goal=3'],
  ['empty result', 'q=zzzz'],
  ['detail with chart', 'kpi=1-1-01'],
  ['kiosk', 'kiosk=1'],
];

test.describe('accessibility (axe)', () => {
  for (const [name, query] of views) {
    test(`no violations: ${name}`, async ({ page }) => {
      const app = new Dashboard(page);
      await app.open(query);
      if (query.startsWith('kpi')) await new ChartFigure(page, 'trend-chart').expectDrawn();
      else await new ChartFigure(page, 'overview-chart').expectDrawn();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
    });
  }

  test('no violations: edit mode with an open form and a validation message', async ({ page }) => {
    const app = new Dashboard(page);
    await app.open('kpi=3-1-01');
    const edit = new EditMode(page);
    await edit.turnOn();
    await edit.save('actual_fy2024', '79歳');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
  });
});
