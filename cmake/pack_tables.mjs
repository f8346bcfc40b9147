// Packs the translation tables for the web build's embedded data (src/core/CMakeLists.txt): the
// places of the texts (JSON pointers, as nlohmann::json::flatten writes them) once, in KEYS, and
// each table as a list of its texts in that order (null where a table has none), so that the
// three tables do not each carry the same keys: about 6 KB less, gzipped, in the offline file.
// translation.cpp puts a table back together (unflatten) when a language is chosen.
// Usage: node pack_tables.mjs KEYS TABLE OUT [TABLE OUT ...]
import { readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';

const [keysOut, ...pairs] = process.argv.slice(2);
const escape = (token) => String(token).replaceAll('~', '~0').replaceAll('/', '~1');
function flatten(value, at, out) {
  if (value !== null && typeof value === 'object' && Object.keys(value).length > 0) {
    for (const [key, item] of Object.entries(value)) flatten(item, `${at}/${escape(key)}`, out);
  } else {
    out.set(at, value);
  }
  return out;
}
function unflatten(keys, values) {  // as nlohmann::json::unflatten: a number token makes an array
  let root = null;
  keys.forEach((pointer, i) => {
    if (values[i] === null) return;
    const tokens = pointer.split('/').slice(1).map((t) => t.replaceAll('~1', '/').replaceAll('~0', '~'));
    if (root === null) root = /^\d+$/.test(tokens[0]) ? [] : {};
    let node = root;
    tokens.forEach((token, t) => {
      if (t === tokens.length - 1) { node[token] = values[i]; return; }
      if (node[token] === undefined) node[token] = /^\d+$/.test(tokens[t + 1]) ? [] : {};
      node = node[token];
    });
  });
  return root;
}

const tables = [];
for (let i = 0; i < pairs.length; i += 2) {
  const text = readFileSync(pairs[i], 'utf8');
  let table;
  try {
    table = JSON.parse(text);
  } catch (error) {
    console.error(`pack_tables: ${pairs[i]} is not JSON (${error.message})`);
    process.exit(1);
  }
  tables.push({ input: pairs[i], output: pairs[i + 1], table, flat: flatten(table, '', new Map()) });
}
// "/language" and "/name" first: translation.cpp reads a language's name from the start of its
// packed table without reading the rest.
const keys = [...new Set(['/language', '/name', ...tables.flatMap(({ flat }) => [...flat.keys()])])];
writeFileSync(keysOut, JSON.stringify(keys));
for (const { input, output, flat } of tables) {
  const values = keys.map((key) => (flat.has(key) ? flat.get(key) : null));
  // The loader flattens a table to look its texts up: the same places with the same texts are the
  // same table (an object keyed "0", "1", … comes back as an array, with the same places).
  if (!isDeepStrictEqual(flatten(unflatten(keys, values), '', new Map()), flat)) {
    console.error(`pack_tables: ${input} does not come back the same from its packed form`);
    process.exit(1);
  }
  writeFileSync(output, JSON.stringify(values));
}
