// Shared set-up for the end-to-end tests: a static server for the release build on 127.0.0.1,
// headless Chromium from Debian's package, and a page object for the calculator.

import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve } from 'node:path';
import { after, before } from 'node:test';

// playwright-core is installed with the other tools in scripts/node_modules.
const require = createRequire(new URL('../../scripts/package.json', import.meta.url));
const { chromium } = require('playwright-core');

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const DIST = resolve(process.env.CALLGAP_DIST ?? new URL('../../dist', import.meta.url).pathname);

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

// Pages served beside the build: the embed demo stands for a marketing site, and the floor
// page is the hand-written baseline the benchmark compares the app with.
const EXTRA_FILES = {
  '/embed-demo.html': new URL('../../docs/embed-demo.html', import.meta.url).pathname,
  '/floor.html': new URL('../../scripts/floor.html', import.meta.url).pathname,
};

/** Serves the built files on 127.0.0.1 at a free port; resolves to { origin, close }. */
export async function serveDist() {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`No release build in ${DIST}: run "trunk build --release" first.`);
  }
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname));
    let file = EXTRA_FILES[path] ?? join(DIST, path === '/' ? 'index.html' : path);
    if (!(path in EXTRA_FILES) && (!file.startsWith(DIST) || !existsSync(file) || !statSync(file).isFile())) {
      file = join(DIST, 'index.html');
    }
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(done)),
  };
}

/**
 * Registers node:test hooks that start the static server and Chromium before a file's tests
 * and stop both after them. Returns the object whose `server` and `browser` the tests use.
 */
export function startSession() {
  const session = {};
  before(async () => {
    session.server = await serveDist();
    session.browser = await launchBrowser();
  });
  after(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}

/** Starts headless Chromium with the flags that keep it from calling any outside host. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The calculator as a user sees it: fields by id, results by test id. */
export class CalculatorPage {
  constructor(page, origin) {
    this.page = page;
    this.origin = origin;
  }

  /** Opens the page and waits until the app has replaced the loading note. */
  async open() {
    await this.page.goto(this.origin + '/');
    await this.page.locator('#target-calls').waitFor();
    // The roster, saved scenarios and detailed results are drawn after the first paint.
    await this.page.getByTestId('roster').waitFor();
  }

  /** Clears a field and types the text key by key, as a person would. */
  async type(fieldId, text) {
    const input = this.page.locator(`#${fieldId}`);
    await input.fill('');
    await input.pressSequentially(text);
    await this.settle();
  }

  /** Types each value of `values` (field id to text) into its field. */
  async enter(values) {
    for (const [fieldId, text] of Object.entries(values)) {
      await this.type(fieldId, text);
    }
  }

  /** Saves the calculator's scenario under a new name. */
  async saveScenario(name) {
    const count = await this.page.locator('.scenario-name').count();
    await this.page.locator('#scenario-name').fill(name);
    await this.page.getByTestId('save-scenario').click();
    await this.page.locator('.scenario-name').nth(count).waitFor();
  }

  result(testId) {
    return this.page.getByTestId(testId);
  }

  /** Reads a figure once the page has drawn every part that follows the last change. */
  async resultText(testId) {
    await this.settle();
    return (await this.result(testId).textContent()).trim();
  }

  /**
   * Waits for one browser task, after which the parts that follow an edit one task late
   * (formulas, charts, detailed report, the roster's shares) are drawn.
   */
  settle() {
    return this.page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  }

  errorFor(fieldId) {
    return this.page.locator(`#${fieldId}-error`);
  }

  input(fieldId) {
    return this.page.locator(`#${fieldId}`);
  }
}

/** The worked example: 100 calls asked, 50 made, 5 % conversion, 25,000 per deal, one rep. */
export const WORKED_EXAMPLE = {
  'target-calls': '100',
  'actual-calls': '50',
  'conversion-rate': '5',
  'deal-size': '25,000',
  reps: '1',
  'working-days': '21',
};
