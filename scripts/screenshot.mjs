// Takes docs/screenshot.png from the release build: the worked example typed into the page in
// headless Chromium at 1280 by 900 pixels, en-US locale.
//
//   scripts/setup.sh test && trunk build --release && node scripts/screenshot.mjs

import { CalculatorPage, WORKED_EXAMPLE, launchBrowser, serveDist } from '../tests/e2e/calculator-page.mjs';

const output = new URL('../docs/screenshot.png', import.meta.url).pathname;
const server = await serveDist();
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  const calculator = new CalculatorPage(page, server.origin);
  await calculator.open();
  await calculator.enter(WORKED_EXAMPLE);
  // Move focus off the last field so no focus ring shows in the picture.
  await page.locator('h1').click();
  await page.screenshot({ path: output });
  console.log(`wrote ${output}`);
} finally {
  await browser.close();
  await server.close();
}
