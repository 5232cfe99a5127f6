// A sweep of generated values through every text input on the page, including the advanced
// ones and those of a two-rep roster. The page never throws and never shows NaN, infinity or
// a lone -0, and each rejected value gets its message.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { CalculatorPage, startSession } from './calculator-page.mjs';

const session = startSession();

/** Returns `count` values from a fixed seed: numbers of every size and sign, typed forms, junk. */
function generatedValues(count) {
  let seed = 20261204;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pieces = ['', ' ', '-', '−', '+', '$', '€', '%', 'k', 'm', 'bn', ',', '.', "'", 'e', 'NaN', 'Infinity', '<b>', '0', '00'];
  const values = [];
  for (let index = 0; index < count; index++) {
    const kind = index % 4;
    if (kind === 0) {
      values.push(String((next() - 0.3) * 10 ** Math.floor(next() * 14)));
    } else if (kind === 1) {
      values.push((next() * 1e6).toLocaleString('en-US', { maximumFractionDigits: Math.floor(next() * 4) }));
    } else {
      let text = '';
      for (let part = 0; part < 1 + Math.floor(next() * 4); part++) {
        text += next() < 0.5 ? pieces[Math.floor(next() * pieces.length)] : String(Math.floor(next() * 1000));
      }
      values.push(text);
    }
  }
  return values;
}

/** Types each of `values` into the input `field` inside the page and lists what went wrong. */
function sweep(page, field, values) {
  return page.evaluate(
    async ([field, values]) => {
      const input = document.getElementById(field);
      if (input.readOnly || input.disabled) return ['the input is read-only'];
      const original = input.value;
      const found = [];
      for (const value of values) {
        // Each value is typed as Playwright's fill types it: the new text, then one input event.
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        // The formulas, charts and detailed report follow one task later.
        await new Promise((resolve) => setTimeout(resolve, 0));
        const current = document.getElementById(field);
        if (current.getAttribute('aria-invalid') === 'true' && !document.getElementById(`${field}-error`)) {
          found.push(`${JSON.stringify(value)} has no message`);
        }
        const figures = `${document.querySelector('.outputs').textContent} ${document.querySelector('.sticky-total')?.textContent ?? ''}`;
        const bad = figures.match(/NaN|Infinity|∞|(^|[^\d.,])-0(?![\d.,])/);
        if (bad) found.push(`${JSON.stringify(value)} shows ${JSON.stringify(bad[0])}`);
      }
      const current = document.getElementById(field);
      current.value = original;
      current.dispatchEvent(new Event('input', { bubbles: true }));
      return found;
    },
    [field, values],
  );
}

test('generated values never break the page', async () => {
  const page = await session.browser.newPage({ locale: 'en-US' });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const calculator = new CalculatorPage(page, session.server.origin);
  await calculator.open();
  for (const details of await page.locator('details.advanced').all()) {
    await details.locator('summary').click();
  }
  const values = generatedValues(200);
  const swept = [];
  // Sweeps the text inputs that have appeared since the last call.
  const sweepNewInputs = async () => {
    const fields = await page.$$eval('#app input[type="text"]', (inputs) => inputs.map((input) => input.id));
    const fresh = fields.filter((field) => !swept.includes(field));
    for (const field of fresh) {
      assert.deepEqual(await sweep(page, field, values), [], field);
      swept.push(field);
    }
    return fresh.length;
  };

  // Team inputs first: once the roster has reps, it sets some of them and they turn read-only.
  assert.ok((await sweepNewInputs()) >= 30);
  await page.getByLabel('Funnel: connect, meeting, win').check();
  assert.equal(await sweepNewInputs(), 3, 'the funnel has three rates');
  await page.getByLabel('One rate per dial').check();
  await page.getByTestId('add-rep').click();
  await page.getByTestId('add-rep').click();
  assert.equal(await sweepNewInputs(), 8, 'two reps have four inputs each');
  assert.equal(swept.length, 44);
  assert.deepEqual(errors, []);
  await page.close();
});
