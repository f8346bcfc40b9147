// src/web/inflate.js, the DEFLATE decoder used where DecompressionStream is missing, checked
// against Node's zlib on stored, fixed-Huffman and dynamic-Huffman data (no browser needed).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import { constants, deflateRawSync, gzipSync } from 'node:zlib';

const source = join(dirname(fileURLToPath(import.meta.url)), '../../src/web/inflate.js');
const sandbox = createContext({ Uint8Array, Uint16Array, Error });
runInContext(readFileSync(source, 'utf8'), sandbox);

function randomBytes(length, alphabet) {
  let seed = 12345;
  return Buffer.from(Array.from({ length }, () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % alphabet;
  }));
}

const samples = {
  empty: Buffer.alloc(0),
  text: Buffer.from('Outsourcing is about who; offshoring is about where. '.repeat(400)),
  'random bytes': randomBytes(70000, 256),
  'skewed bytes': randomBytes(50000, 7),
  'long runs': Buffer.concat([Buffer.alloc(40000, 1), randomBytes(3000, 256), Buffer.alloc(300, 9)]),
  'this file': readFileSync(source),
};

for (const [name, bytes] of Object.entries(samples)) {
  test(`inflates ${name}`, () => {
    for (const strategy of [constants.Z_DEFAULT_STRATEGY, constants.Z_FIXED, constants.Z_HUFFMAN_ONLY]) {
      const packed = deflateRawSync(bytes, { level: 9, strategy });
      assert.deepEqual(Buffer.from(sandbox.saInflate(packed)), bytes);
    }
    assert.deepEqual(Buffer.from(sandbox.saInflate(deflateRawSync(bytes, { level: 0 }))), bytes);
    assert.deepEqual(Buffer.from(sandbox.saGunzip(gzipSync(bytes, { level: 9 }))), bytes);
  });
}

test('refuses damaged data', () => {
  const packed = deflateRawSync(samples.text);
  assert.throws(() => sandbox.saInflate(packed.subarray(0, packed.length >> 1)));
  assert.throws(() => sandbox.saGunzip(Buffer.from('not gzip at all')));
});
