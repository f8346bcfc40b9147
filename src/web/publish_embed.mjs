// Publishes the embed loader at build time (src/web/CMakeLists.txt): copies web/embed.js to dist/,
// writes its Subresource Integrity hash to dist/embed.js.sri.txt and prints it, and fills that hash
// into the landing page (dist/index.html loads embed.js with it, and its snippet shows it).
//   node publish_embed.mjs EMBED_JS INDEX_HTML DIST_DIR
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const [embedSource, indexSource, distDir] = process.argv.slice(2);
if (!distDir) {
  console.error('usage: node publish_embed.mjs EMBED_JS INDEX_HTML DIST_DIR');
  process.exit(2);
}

const loader = readFileSync(embedSource);
const integrity = `sha384-${createHash('sha384').update(loader).digest('base64')}`;
writeFileSync(join(distDir, 'embed.js'), loader);
writeFileSync(join(distDir, 'embed.js.sri.txt'), `${integrity}\n`);

const marker = '@EMBED_JS_INTEGRITY@';
const page = readFileSync(indexSource, 'utf8');
if (!page.includes(marker)) {
  console.error(`${indexSource} has no ${marker}`);
  process.exit(1);
}
writeFileSync(join(distDir, 'index.html'), page.replaceAll(marker, integrity));

const gzipped = gzipSync(loader, { level: 9 }).length;
console.log(`embed.js: ${loader.length} bytes (${gzipped} gzipped), integrity="${integrity}"`);
