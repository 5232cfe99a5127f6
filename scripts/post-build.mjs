// Trunk runs this after each build (see Trunk.toml), on the staging folder, in three steps.
//
// 0. index.html gets the default scenario's figures in place of its `first-paint` comment,
//    computed by the cost model natively (src/bin/first_paint.rs), so that the page shows a
//    result before its wasm has loaded.
// 1. index.html gets a Content-Security-Policy with no 'unsafe-inline' and no 'unsafe-eval'.
//    Trunk's loader is an inline module script whose text names the build's hashed files, so
//    the policy allows exactly that script by its SHA-256 hash, computed here.
// 2. sw.js is written with the exact, content-hashed names of the files just built, so the
//    service worker caches one build as a whole: a page is served from one build's files,
//    never a mix of two.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('TRUNK_STAGING_DIR is not set: run this through trunk build.');
  process.exit(1);
}

const indexPath = join(staging, 'index.html');
let index = readFileSync(indexPath, 'utf8');

// Step 0: the figures for the first paint.
const MARKER = '<!-- first-paint -->';
if (index.includes(MARKER)) {
  const section = execFileSync('cargo', ['run', '--quiet', '--locked', '--bin', 'first_paint'], { encoding: 'utf8' });
  index = index.replace(MARKER, section.trim());
  writeFileSync(indexPath, index);
  console.log('index.html: first-paint figures of the default scenario');
}

// Step 1: the Content-Security-Policy.
const inlineScripts = [...index.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
const scriptHashes = inlineScripts.map((text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`);
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.join(' ')}`.trim(),
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
if (!index.includes('http-equiv="Content-Security-Policy"')) {
  index = index.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
  writeFileSync(indexPath, index);
}
console.log(`index.html: Content-Security-Policy with ${scriptHashes.length} inline script hashes`);

// Step 2: the service worker.
const files = readdirSync(staging)
  .filter((name) => name !== 'sw.js' && statSync(join(staging, name)).isFile())
  .sort();
const digest = createHash('sha256');
for (const name of files) {
  digest.update(name);
  digest.update(readFileSync(join(staging, name)));
}
const version = digest.digest('hex').slice(0, 16);
const urls = ['./', ...files.map((name) => `./${name}`)];

const worker = `// Written by scripts/post-build.mjs for build ${version}; do not edit.
const CACHE = 'callgap-${version}';
const FILES = ${JSON.stringify(urls)};

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith('callgap-') && name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // Pages come from the network when it responds, so a new build shows on the next load.
  // The cached page of this build is served when the network is off.
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(() => caches.open(CACHE).then((cache) => cache.match('./'))));
    return;
  }
  event.respondWith(caches.open(CACHE).then((cache) => cache.match(request).then((hit) => hit || fetch(request))));
});
`;
writeFileSync(join(staging, 'sw.js'), worker);
console.log(`sw.js: cache callgap-${version}, ${urls.length} files`);
