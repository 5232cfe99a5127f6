// Prints the size of every file in dist/ raw, gzipped and brotli-compressed, as a Markdown
// table. Both compressions use their highest level, as a static host that compresses ahead
// of time would.
//
//   node scripts/dist-sizes.mjs [DIST]

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? new URL('../dist', import.meta.url).pathname;
const kib = (bytes) => (bytes / 1024).toFixed(1);

const rows = readdirSync(dist)
  .filter((name) => statSync(join(dist, name)).isFile())
  .sort()
  .map((name) => {
    const bytes = readFileSync(join(dist, name));
    return {
      // Trunk's content hash changes with every build, so it is left out of the name and the
      // file is marked as hashed instead. The icon is copied both hashed and unhashed.
      name: /-[0-9a-f]{16}(?=[._])/.test(name) ? `${name.replace(/-[0-9a-f]{16}(?=[._])/, '')} (hashed)` : name,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, {
        params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
      }).length,
    };
  });

const total = rows.reduce(
  (sum, row) => ({ raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip, brotli: sum.brotli + row.brotli }),
  { raw: 0, gzip: 0, brotli: 0 },
);

console.log('| file | raw (KiB) | gzip -9 (KiB) | brotli q11 (KiB) |');
console.log('|---|---:|---:|---:|');
for (const row of rows) {
  console.log(`| ${row.name} | ${kib(row.raw)} | ${kib(row.gzip)} | ${kib(row.brotli)} |`);
}
console.log(`| **total** | ${kib(total.raw)} | ${kib(total.gzip)} | ${kib(total.brotli)} |`);
