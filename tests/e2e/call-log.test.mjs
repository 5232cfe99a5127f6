// A manager imports a call log with a bad row into the roster.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { CalculatorPage, startSession } from './calculator-page.mjs';

const session = startSession();

const LOG = [
  'Sales Rep,Activity Date,Calls Made,Live Conversations,Meetings Booked,Closed Won',
  'Ana,2026-11-02,60,15,3,1',
  'Ana,2026-11-03,40,10,2,1',
  'Ben,2026-11-02,lots,20,4,2',
  '"Cole, Jr.",2026-11-02,70,20,4,0',
].join('\n');

test('call log with a bad row fills the roster', async () => {
  const page = await session.browser.newPage({ locale: 'en-US' });
  const calculator = new CalculatorPage(page, session.server.origin);
  await calculator.open();
  await page.getByText('Import a call log (CSV)').click();
  await page.locator('#call-log-text').fill(LOG);
  await page.getByTestId('read-columns').click();

  // The guessed mapping is shown for the user to confirm.
  assert.equal(await page.locator('#map-rep option:checked').textContent(), 'Sales Rep');
  assert.equal(await page.locator('#map-dials option:checked').textContent(), 'Calls Made');
  assert.equal(await page.locator('#map-revenue option:checked').textContent(), '— not in the file —');
  await page.getByTestId('start-import').click();

  const result = page.getByTestId('import-result');
  await result.waitFor();
  assert.match(await result.textContent(), /Imported 2 reps from 4 rows/);
  assert.match(await page.getByTestId('bad-rows').textContent(), /Line 4: dials: This is not a number/);

  assert.equal(await page.inputValue('#rep-0-name'), 'Ana');
  assert.equal(await page.inputValue('#rep-0-actual'), '50');
  assert.equal(await page.inputValue('#rep-0-rate'), '2');
  assert.equal(await page.inputValue('#rep-1-name'), 'Cole, Jr.');
  assert.equal(await page.inputValue('#reps'), '2');
  await page.close();
});

test('import asks before replacing roster figures', async () => {
  const page = await session.browser.newPage({ locale: 'en-US' });
  const calculator = new CalculatorPage(page, session.server.origin);
  await calculator.open();
  await page.getByTestId('add-rep').click();
  await calculator.type('rep-0-name', 'Ana');
  await calculator.type('rep-0-actual', '77');

  await page.getByText('Import a call log (CSV)').click();
  await page.locator('#call-log-text').fill(LOG);
  await page.getByTestId('read-columns').click();
  await page.getByTestId('start-import').click();
  await page.getByTestId('cancel-import').click();
  assert.equal(await page.inputValue('#rep-0-actual'), '77', 'cancelling changed the roster');
  assert.equal(await page.locator('#rep-1-name').count(), 0);

  await page.getByTestId('read-columns').click();
  await page.getByTestId('start-import').click();
  await page.getByTestId('confirm-import').click();
  assert.equal(await page.inputValue('#rep-0-actual'), '50');
  assert.equal(await page.inputValue('#rep-1-name'), 'Cole, Jr.');
  await page.close();
});

test('empty file says so', async () => {
  const page = await session.browser.newPage({ locale: 'en-US' });
  const calculator = new CalculatorPage(page, session.server.origin);
  await calculator.open();
  await page.getByText('Import a call log (CSV)').click();
  await page.locator('#call-log-file').setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.from('') });
  assert.match(await page.locator('.call-log [role="alert"]').textContent(), /The file is empty/);
  await page.close();
});
