// Post-link step of both web outputs (src/web/CMakeLists.txt): -sSINGLE_FILE inlines the wasm as
// base64; this replaces it by base64 of the gzip-compressed wasm, which roughly halves the
// offline file and keeps the gzip-served size in budget. pre.js unpacks it before compiling.
// The gzip is Zopfli's when a zopfli program is given (Debian's zopfli: the same format, about 5 %
// smaller than zlib's best), else zlib's.
// Usage: node pack_wasm.mjs <app.js or sourcing-advisor.html> [zopfli]
import { execFileSync } from 'node:child_process';
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';

const [file, zopfli] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const prefix = 'data:application/octet-stream;base64,';
const base64Run = /[A-Za-z0-9+/=]*/y;

// The runtime also mentions the prefix (its data-URI test); the wasm is the long one.
let begin = -1;
let end = -1;
for (let at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
  base64Run.lastIndex = at + prefix.length;
  base64Run.exec(text);
  if (base64Run.lastIndex - (at + prefix.length) > end - begin) {
    begin = at + prefix.length;
    end = base64Run.lastIndex;
  }
}
if (end - begin < 1000) {
  console.error(`pack_wasm: no inlined wasm in ${file} (link with -sSINGLE_FILE=1)`);
  process.exit(1);
}

const payload = Buffer.from(text.slice(begin, end), 'base64');
if (payload[0] === 0x1f && payload[1] === 0x8b) process.exit(0);  // packed already
if (payload.readUInt32BE(0) !== 0x0061736d) {
  console.error(`pack_wasm: the inlined data in ${file} is not a wasm module`);
  process.exit(1);
}
let packed = gzipSync(payload, { level: 9, memLevel: 9 });
let packer = 'zlib';
if (zopfli) {
  const raw = `${file}.wasm-to-pack`;  // zopfli reads a file (it seeks), not a pipe
  writeFileSync(raw, payload);
  const smaller = execFileSync(zopfli, ['-c', raw], { maxBuffer: 64 << 20 });
  unlinkSync(raw);
  if (!gunzipSync(smaller).equals(payload)) {
    console.error(`pack_wasm: ${zopfli} did not give back the wasm`);
    process.exit(1);
  }
  [packed, packer] = [smaller, 'zopfli'];
}
writeFileSync(file, text.slice(0, begin) + packed.toString('base64') + text.slice(end));
console.log(`pack_wasm: ${file}: wasm ${payload.length} bytes, inlined as ${packed.length} gzip bytes (${packer})`);
