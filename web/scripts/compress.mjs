// Gzips the built scripts and styles once, at build time (level 9), next to the originals: the
// gateway serves the .gz to clients that accept gzip, without compressing on every request.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dir = new URL('../target/dist/assets/', import.meta.url);
for (const name of readdirSync(dir)) {
  if (!/\.(js|css|svg)$/.test(name)) continue;
  const plain = readFileSync(new URL(name, dir));
  const gzipped = gzipSync(plain, { level: 9 });
  writeFileSync(new URL(name + '.gz', dir), gzipped);
  console.log(`${name}: ${plain.length} B, gzip ${gzipped.length} B`);
}
