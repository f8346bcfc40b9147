// Post-link step of the offline single file (src/web/CMakeLists.txt, after pack_wasm.mjs): writes
// its Content-Security-Policy <meta>, which allows exactly the inline scripts and styles the file
// has (by their SHA-256), compiling WebAssembly, and nothing else: no eval, no connection, no
// image, font or frame from anywhere, so the file cannot send what the visitor typed even if its
// data were changed. Re-sealing replaces the previous policy (the browser tests seal a tampered
// copy the same way).
// Usage: node seal_offline.mjs <sourcing-advisor.html>
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const policyMeta = /<meta http-equiv="Content-Security-Policy" content="[^"]*">\n?/g;

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

// The inline <script> and <style> elements' texts, exactly as the browser hashes them, in one
// pass over the markup that skips comments (the shell's comments mention <style>), and each
// element's text up to its end tag (the program's text mentions tags too).
function inlineElements(html) {
  const found = { script: [], style: [], markup: '' };
  const opening = /<!--|<(script|style)(\s[^>]*)?>/gi;
  let at = 0;
  for (;;) {
    opening.lastIndex = at;
    const match = opening.exec(html);
    if (!match) break;
    found.markup += html.slice(at, match.index);
    if (match[0] === '<!--') {
      const end = html.indexOf('-->', match.index + 4);
      if (end < 0) throw new Error('an unclosed HTML comment');
      at = end + 3;
      continue;
    }
    const tag = match[1].toLowerCase();
    const start = match.index + match[0].length;
    const end = html.toLowerCase().indexOf(`</${tag}>`, start);
    if (end < 0) throw new Error(`an unclosed <${tag}>`);
    if (!/\ssrc\s*=/i.test(match[2] ?? '')) found[tag].push(html.slice(start, end));
    found.markup += match[0];
    at = end + tag.length + 3;
  }
  found.markup += html.slice(at);
  return found;
}

export function offlinePolicy(html) {
  const elements = inlineElements(html);
  const scripts = elements.script.map(sha256);
  const styles = elements.style.map(sha256);
  if (scripts.length === 0) throw new Error('no inline script: is this the offline single file?');
  if (/<[^>]+\s(style|on[a-z]+)\s*=/i.test(elements.markup)) {
    throw new Error('inline style or event-handler attributes would need \'unsafe-inline\'');
  }
  return [
    "default-src 'none'",
    `script-src ${scripts.join(' ')} 'wasm-unsafe-eval'`,
    `style-src ${styles.length ? styles.join(' ') : "'none'"}`,
    'img-src data:',  // the empty favicon (data:,)
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function sealOfflineHtml(html) {
  const unsealed = html.replace(policyMeta, '');
  const charset = unsealed.indexOf('<meta charset="utf-8">');
  if (charset < 0) throw new Error('no <meta charset="utf-8"> to put the policy after');
  const at = charset + '<meta charset="utf-8">'.length;
  const meta = `\n<meta http-equiv="Content-Security-Policy" content="${offlinePolicy(unsealed)}">`;
  return unsealed.slice(0, at) + meta + unsealed.slice(at);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2];
  const sealed = sealOfflineHtml(readFileSync(file, 'utf8'));
  writeFileSync(file, sealed);
  console.log(`seal_offline: ${file}: ${sealed.match(policyMeta)[0].trim().slice(0, 110)}…`);
}
