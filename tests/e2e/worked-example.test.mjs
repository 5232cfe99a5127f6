// A visitor types the worked example and reads what the missing calls cost.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { CalculatorPage, startSession, WORKED_EXAMPLE } from './calculator-page.mjs';

const session = startSession();

test('worked example shows 62,500 per day', async () => {
  const page = await session.browser.newPage({ locale: 'en-US' });
  const calculator = new CalculatorPage(page, session.server.origin);
  await calculator.open();
  await calculator.enter(WORKED_EXAMPLE);

  assert.equal(await calculator.resultText('missed-calls'), '50');
  assert.equal(await calculator.resultText('lost-deals'), '2.5');
  assert.equal(await calculator.resultText('lost-revenue'), '$62,500');
  assert.equal(await calculator.resultText('lost-revenue-month'), '$1,312,500');
  assert.equal(await calculator.resultText('lost-revenue-year'), '$15,750,000');
  assert.match(await calculator.resultText('gap-status'), /50 fewer calls a day/);
  await page.close();
});

test('typed forms of the same number agree', async () => {
  const page = await session.browser.newPage({ locale: 'en-US' });
  const calculator = new CalculatorPage(page, session.server.origin);
  await calculator.open();
  await calculator.enter(WORKED_EXAMPLE);

  for (const dealSize of ['25000', '25 000', '$25,000', '25k', '  25,000  ']) {
    await calculator.type('deal-size', dealSize);
    assert.equal(await calculator.resultText('lost-revenue'), '$62,500', `deal size typed as ${JSON.stringify(dealSize)}`);
  }
  await calculator.type('conversion-rate', '5%');
  assert.equal(await calculator.resultText('lost-deals'), '2.5');
  await page.close();
});

test('calls made at target say the team is on target', async () => {
  const page = await session.browser.newPage({ locale: 'en-US' });
  const calculator = new CalculatorPage(page, session.server.origin);
  await calculator.open();
  await calculator.enter({ ...WORKED_EXAMPLE, 'actual-calls': '100' });

  assert.equal(await calculator.resultText('lost-revenue-year'), '$0');
  assert.match(await calculator.resultText('gap-status'), /on target/);

  await calculator.type('actual-calls', '110');
  assert.match(await calculator.resultText('gap-status'), /above target by 10 calls per rep per day \(10 % more\)/);
  await page.close();
});
