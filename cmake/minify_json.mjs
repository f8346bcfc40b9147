// Writes a JSON file without the whitespace between its tokens (strings and numbers are copied as
// they are, so 1.0 stays a float for the parser), for the web build's embedded data (Embed.cmake).
// Usage: node minify_json.mjs INPUT OUTPUT
import { readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';

const [input, output] = process.argv.slice(2);
const text = readFileSync(input, 'utf8');
let out = '';
let inString = false;
for (let i = 0; i < text.length; ++i) {
  const c = text[i];
  if (inString) {
    out += c;
    if (c === '\\') out += text[++i];
    else if (c === '"') inString = false;
  } else if (c === '"') {
    inString = true;
    out += c;
  } else if (c !== ' ' && c !== '\n' && c !== '\r' && c !== '\t') {
    out += c;
  }
}
// Invalid JSON is copied as it is: the loader reports its problems, with the original's lines.
let same = true;
try {
  same = isDeepStrictEqual(JSON.parse(text), JSON.parse(out));
} catch {
  out = text;
}
if (!same) {
  console.error(`minify_json: ${input} changed meaning when minified`);
  process.exit(1);
}
writeFileSync(output, out);
