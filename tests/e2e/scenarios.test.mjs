// A manager saves scenarios, reloads the page, compares them and shares one by link.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { CalculatorPage, startSession, WORKED_EXAMPLE } from './calculator-page.mjs';

const session = startSession();

test('saved scenarios survive a reload and compare', async () => {
  const context = await session.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const calculator = new CalculatorPage(page, session.server.origin);
  await calculator.open();
  await calculator.enter(WORKED_EXAMPLE);
  await calculator.saveScenario('Today');
  await calculator.type('actual-calls', '60');
  await calculator.saveScenario('Ten more calls');
  assert.match(await calculator.resultText('open-scenario'), /Ten more calls/);

  await page.reload();
  await page.locator('#target-calls').waitFor();
  const names = await page.locator('.scenario-name').allTextContents();
  assert.deepEqual(names, ['Today', 'Ten more calls']);

  await page.getByLabel('Compare “Today”').check();
  await page.getByLabel('Compare “Ten more calls”').check();
  const table = page.getByTestId('comparison');
  await table.waitFor();
  assert.equal(await calculator.resultText('compare-actual-0'), '50');
  assert.equal(await calculator.resultText('compare-actual-1'), '60+10 (+20%)');
  // Per year: 50 missed dials cost $15,750,000; 40 cost $12,600,000.
  assert.equal(await calculator.resultText('compare-lost-revenue-1-difference'), '-$3,150,000 (-20%)');

  // Editing the open scenario updates the comparison as the user types.
  await page.getByRole('button', { name: 'Open “Ten more calls”' }).click();
  await calculator.type('actual-calls', '70');
  assert.equal(await calculator.resultText('compare-lost-revenue-1-difference'), '-$6,300,000 (-40%)');
  assert.match(await table.locator('thead').textContent(), /Ten more calls \(unsaved\)/);

  await page.getByTestId('save-changes').click();
  assert.doesNotMatch(await table.locator('thead').textContent(), /unsaved/);
  await page.reload();
  await page.locator('#target-calls').waitFor();
  await page.getByRole('button', { name: 'Open “Ten more calls”' }).click();
  assert.equal(await page.inputValue('#actual-calls'), '70');
  await context.close();
});

test('two tabs keep each other\'s scenarios', async () => {
  const context = await session.browser.newContext({ locale: 'en-US' });
  const first = new CalculatorPage(await context.newPage(), session.server.origin);
  const second = new CalculatorPage(await context.newPage(), session.server.origin);
  await first.open();
  await second.open();

  await first.saveScenario('From tab one');
  await second.page.locator('.scenario-name', { hasText: 'From tab one' }).waitFor();
  await second.saveScenario('From tab two');
  await first.page.locator('.scenario-name', { hasText: 'From tab two' }).waitFor();

  for (const tab of [first, second]) {
    assert.deepEqual(await tab.page.locator('.scenario-name').allTextContents(), ['From tab one', 'From tab two']);
  }
  await context.close();
});

test('rename, duplicate, delete and undo', async () => {
  const context = await session.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const calculator = new CalculatorPage(page, session.server.origin);
  await calculator.open();
  await calculator.saveScenario('Draft');

  await page.getByRole('button', { name: 'Rename “Draft”' }).click();
  await page.getByLabel('New name').fill('Plan A');
  await page.getByLabel('New name').press('Enter');
  await page.getByRole('button', { name: 'Duplicate “Plan A”' }).click();
  assert.deepEqual(await page.locator('.scenario-name').allTextContents(), ['Plan A', 'Plan A (copy)']);

  await page.getByRole('button', { name: 'Delete “Plan A”', exact: true }).click();
  assert.deepEqual(await page.locator('.scenario-name').allTextContents(), ['Plan A (copy)']);
  await page.getByTestId('undo-delete').click();
  assert.deepEqual(await page.locator('.scenario-name').allTextContents(), ['Plan A', 'Plan A (copy)']);

  await page.reload();
  await page.locator('#target-calls').waitFor();
  assert.deepEqual(await page.locator('.scenario-name').allTextContents(), ['Plan A', 'Plan A (copy)']);
  await context.close();
});

test('share link opens in a fresh browser', async () => {
  const sender = await session.browser.newContext({ locale: 'en-US' });
  const page = await sender.newPage();
  const calculator = new CalculatorPage(page, session.server.origin);
  await calculator.open();
  await calculator.enter({ ...WORKED_EXAMPLE, 'deal-size': '40k' });
  await page.selectOption('#currency', 'EUR');
  const link = page.url();
  assert.match(link, /#v=1&/);
  await sender.close();

  const receiver = await session.browser.newContext({ locale: 'en-US' });
  const opened = await receiver.newPage();
  const shared = new CalculatorPage(opened, session.server.origin);
  await opened.goto(link);
  await opened.locator('#target-calls').waitFor();
  assert.equal(await opened.inputValue('#deal-size'), '40,000');
  assert.equal(await opened.inputValue('#currency'), 'EUR');
  assert.equal(await shared.resultText('lost-revenue'), '€100,000');
  assert.match(await shared.resultText('link-notice'), /not saved/);
  // The receiver's own list stays empty until they choose to save.
  assert.equal(await opened.locator('.scenario-name').count(), 0);
  await shared.saveScenario('From a colleague');
  assert.deepEqual(await opened.locator('.scenario-name').allTextContents(), ['From a colleague']);
  await receiver.close();
});

test('bad link parts open at defaults with a message', async () => {
  const context = await session.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const calculator = new CalculatorPage(page, session.server.origin);
  await page.goto(`${session.server.origin}/#v=1&t=abc&a=40&<b>k</b>=1`);
  await page.locator('#target-calls').waitFor();
  assert.equal(await page.inputValue('#target-calls'), '80');
  assert.equal(await page.inputValue('#actual-calls'), '40');
  const notice = await calculator.resultText('link-notice');
  assert.match(notice, /target dials per rep per day was not valid/);
  assert.match(notice, /“<b>k<\/b>” is unknown and was ignored/);
  assert.equal(await page.locator('.link-notice b').count(), 0, 'link text was rendered as HTML');
  await context.close();
});

test('back button steps through deliberate changes', async () => {
  const context = await session.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const calculator = new CalculatorPage(page, session.server.origin);
  await calculator.open();
  await calculator.type('deal-size', '30000');
  await page.selectOption('#currency', 'GBP');
  await calculator.type('reps', '9');
  // The address follows typing after a short pause, as a person's typing has.
  await page.waitForFunction(() => location.hash.includes('&r=9&'));

  await page.goBack();
  await page.waitForFunction(() => document.querySelector('#currency').value === 'USD');
  // Typing replaced one history entry instead of adding one per keystroke.
  assert.equal(await page.inputValue('#deal-size'), '30,000');
  await page.goForward();
  await page.waitForFunction(() => document.querySelector('#currency').value === 'GBP');
  assert.equal(await page.inputValue('#reps'), '9');
  await context.close();
});

test('unreadable saved data is kept aside', async () => {
  const context = await session.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const calculator = new CalculatorPage(page, session.server.origin);
  await page.goto(session.server.origin + '/');
  await page.evaluate(() => localStorage.setItem('callgap.scenarios', '{"version":1,"scenarios":[{"id":1,'));
  await calculator.open();
  await page.reload();
  await page.locator('#target-calls').waitFor();

  assert.match(await calculator.resultText('store-message'), /could not be read.*kept aside unchanged/s);
  await calculator.saveScenario('Fresh start');
  const kept = await page.evaluate(() => localStorage.getItem('callgap.scenarios.unreadable.1'));
  assert.equal(kept, '{"version":1,"scenarios":[{"id":1,');
  await context.close();
});

test('blocked storage still computes and says so', async () => {
  const context = await session.browser.newContext({ locale: 'en-US' });
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The page may not use storage.', 'SecurityError');
      },
    });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const calculator = new CalculatorPage(page, session.server.origin);
  await calculator.open();

  assert.match(await calculator.resultText('store-message'), /does not let the page store data/);
  await calculator.saveScenario('Only for now');
  await calculator.enter(WORKED_EXAMPLE);
  assert.equal(await calculator.resultText('lost-revenue'), '$62,500');
  assert.deepEqual(errors, []);
  await context.close();
});

test('link pasted into an open tab shows its notice', async () => {
  const context = await session.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const calculator = new CalculatorPage(page, session.server.origin);
  await calculator.open();
  await page.evaluate(() => {
    window.location.hash = 'v=1&t=abc&a=44';
  });
  await page.waitForFunction(() => document.querySelector('#actual-calls').value === '44');
  assert.match(await calculator.resultText('link-notice'), /target dials per rep per day was not valid/);
  await context.close();
});

test('full storage keeps the scenario for the page and says so', async () => {
  const context = await session.browser.newContext({ locale: 'en-US' });
  await context.addInitScript(() => {
    Storage.prototype.setItem = function setItem() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const page = await context.newPage();
  const calculator = new CalculatorPage(page, session.server.origin);
  await calculator.open();
  await calculator.saveScenario('Not stored');
  assert.match(await calculator.resultText('store-message'), /refused to store the scenarios, perhaps because its storage is full/);
  assert.deepEqual(await page.locator('.scenario-name').allTextContents(), ['Not stored']);
  await calculator.enter(WORKED_EXAMPLE);
  assert.equal(await calculator.resultText('lost-revenue'), '$62,500');
  await context.close();
});

test('overlong link opens the defaults with a notice', async () => {
  const context = await session.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const calculator = new CalculatorPage(page, session.server.origin);
  await page.goto(`${session.server.origin}/#v=1&t=90&n=${'x'.repeat(100_000)}`);
  await page.locator('#target-calls').waitFor();
  assert.equal(await page.inputValue('#target-calls'), '80');
  assert.match(await calculator.resultText('link-notice'), /longer than 4096 characters/);
  await context.close();
});
