// A manager reads the charts, downloads the scenario, opens the file again and prints.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';

import { CalculatorPage, startSession, WORKED_EXAMPLE } from './calculator-page.mjs';

const session = startSession();

test('each chart has a title, a description and its data', async () => {
  const page = await session.browser.newPage({ locale: 'en-US' });
  const calculator = new CalculatorPage(page, session.server.origin);
  await calculator.open();
  await calculator.enter(WORKED_EXAMPLE);

  for (const id of ['chart-curve', 'chart-funnel', 'chart-months', 'chart-tornado']) {
    const chart = page.getByTestId(id);
    const svg = chart.locator('svg');
    assert.equal(await svg.getAttribute('role'), 'img', `${id} svg role`);
    assert.ok((await svg.locator('title').textContent()).length > 0, `${id} has no title`);
    assert.ok((await svg.locator('desc').textContent()).length > 20, `${id} has no description`);
    await chart.getByText('Show the data as a table').click();
    assert.ok((await chart.locator('table tbody tr').count()) > 0, `${id} has no data rows`);
  }
  assert.match(await page.getByTestId('chart-curve').locator('desc').textContent(), /At the 50 dials made it is \$15,750,000/);
  assert.match(await page.getByTestId('chart-tornado').locator('desc').textContent(), /target calls per rep per day: from \$12,600,000 to \$18,900,000/);
  await page.close();
});

test('JSON download opens again', async () => {
  const context = await session.browser.newContext({ locale: 'en-US', acceptDownloads: true });
  const page = await context.newPage();
  const calculator = new CalculatorPage(page, session.server.origin);
  await calculator.open();
  await calculator.enter({ ...WORKED_EXAMPLE, 'deal-size': '31000' });
  await calculator.saveScenario('Export me');

  const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-json').click()]);
  assert.equal(json.suggestedFilename(), 'export-me.json');
  const text = await readFile(await json.path(), 'utf8');
  assert.equal(JSON.parse(text).scenario.deal_size, 31000);

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()]);
  const table = await readFile(await csv.path(), 'utf8');
  assert.match(table, /^kind,name,period,value$/m);
  assert.match(table, /^result,lost revenue,day,77500$/m);

  await calculator.type('deal-size', '5');
  await page.locator('#open-scenario-file').setInputFiles({ name: 'export-me.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.getByTestId('file-message').waitFor();
  assert.equal(await page.inputValue('#deal-size'), '31,000');
  assert.equal(await calculator.resultText('lost-revenue'), '$77,500');
  await context.close();
});

test('a file that is not a scenario is refused', async () => {
  const page = await session.browser.newPage({ locale: 'en-US' });
  const calculator = new CalculatorPage(page, session.server.origin);
  await calculator.open();
  await page.locator('#open-scenario-file').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
  assert.match(await calculator.resultText('file-message'), /not a CallGap scenario file/);
  assert.equal(await page.inputValue('#target-calls'), '80');
  await page.close();
});

test('print shows results, math and charts only', async () => {
  const page = await session.browser.newPage({ locale: 'en-US' });
  const calculator = new CalculatorPage(page, session.server.origin);
  await calculator.open();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.inputs').isVisible(), false);
  assert.equal(await page.locator('.roster').isVisible(), false);
  assert.ok(await page.locator('.results').isVisible());
  assert.ok(await page.locator('.formulas').isVisible());
  assert.ok(await page.getByTestId('chart-curve').isVisible());
  const pdf = await page.pdf({ format: 'A4' });
  // A PDF's page objects are marked "/Type /Page"; the page tree itself is "/Type /Pages".
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
  assert.ok(pages >= 1, 'the print has no page');
  assert.ok(pages <= 2, `the print takes ${pages} A4 pages`);
  await page.close();
});

test('a scenario file with an impossible roster is refused', async () => {
  const page = await session.browser.newPage({ locale: 'en-US' });
  const calculator = new CalculatorPage(page, session.server.origin);
  await calculator.open();
  const file = JSON.stringify({
    format: 'callgap-scenario',
    version: 1,
    name: 'Broken',
    currency: 'USD',
    scenario: {},
    roster: [{ name: 'Ana', target_calls: -50, actual_calls: 10, calls_to_deal: 500 }],
  });
  await page.locator('#open-scenario-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  assert.match(await calculator.resultText('file-message'), /cannot be opened: rep “Ana”: the target is not valid/);
  assert.equal(await page.locator('#rep-0-name').count(), 0);
  assert.match(await calculator.resultText('lost-revenue'), /^\$/);
  await page.close();
});
