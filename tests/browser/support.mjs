// Shared by the browser tests: launching Debian's Chromium through playwright-core, serving the
// build's dist folder, waiting for the advisor to draw, and reading screenshots (with pngjs).
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import pngjs from 'pngjs';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));

// The web build's outputs; tests/browser/CMakeLists.txt passes them, a manual run finds build/web.
export const distDir = resolve(process.env.ADVISOR_DIST_DIR ?? join(here, '../../build/web/dist'));
export const artifactsDir = resolve(process.env.ADVISOR_ARTIFACTS_DIR ?? join(distDir, '../artifacts'));
export const offlineFileUrl = pathToFileURL(join(distDir, 'sourcing-advisor.html')).href;

// [SECTION] Browser
// options: e.g. { ignoreDefaultArgs: [...] } to turn a protection of Chromium's back on.
export async function launchChromium(options = {}) {
  return chromium.launch({
    ...options,
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
           '--disable-background-networking', '--disable-component-update', '--disable-sync',
           '--no-first-run'],
  });
}

// Collects console errors and uncaught exceptions of a page (and its frames).
export function collectErrors(page) {
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return errors;
}

// Opens the advisor and waits for its first frame (window.sourcingAdvisor.ready).
export async function openAdvisor(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => window.sourcingAdvisor !== undefined);
  await page.evaluate(() => window.sourcingAdvisor.ready.then(() => true));
  await settle(page);
}

export async function framesRendered(page) {
  return page.evaluate(() => window.sourcingAdvisor.stats().framesRendered);
}

// Waits until the advisor stops drawing (it draws a few frames after each event, then idles).
export async function settle(page, { quietMs = 250, timeoutMs = 10000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last = -1;
  for (;;) {
    const frames = await framesRendered(page);
    if (frames === last) return frames;
    if (Date.now() > deadline) throw new Error(`still drawing after ${timeoutMs} ms (${frames} frames)`);
    last = frames;
    await page.waitForTimeout(quietMs);
  }
}

export async function canvasSize(page) {
  return page.evaluate(() => {
    const canvas = document.getElementById('canvas');
    const box = canvas.getBoundingClientRect();
    return { width: canvas.width, height: canvas.height, cssWidth: box.width,
             cssHeight: box.height, pixelRatio: window.devicePixelRatio };
  });
}

// Screenshot of the page (or of clip, in CSS pixels), saved as artifacts/<name>.png.
export async function screenshot(page, name, clip) {
  mkdirSync(artifactsDir, { recursive: true });
  const path = join(artifactsDir, `${name}.png`);
  return decodePng(await page.screenshot({ path, clip }));
}

// [SECTION] Pictures
const { PNG } = pngjs;
// Decoded by pngjs: RGBA, 8 bits a channel.
export function decodePng(buffer) {
  const { width, height, data } = PNG.sync.read(buffer);
  return { width, height, channels: 4, pixels: data };
}

// Spread of brightness (0 for a blank picture) and the number of distinct colours.
export function pictureStats(picture) {
  const { pixels, channels } = picture;
  const colours = new Set();
  let sum = 0, sumOfSquares = 0, count = 0;
  for (let at = 0; at < pixels.length; at += channels) {
    const brightness = channels >= 3 ? (pixels[at] + pixels[at + 1] + pixels[at + 2]) / 3 : pixels[at];
    sum += brightness;
    sumOfSquares += brightness * brightness;
    count++;
    if (colours.size < 10000) colours.add(pixels.readUIntBE(at, Math.min(channels, 3)));
  }
  const mean = sum / count;
  return { variance: sumOfSquares / count - mean * mean, colours: colours.size };
}

export function differingPixels(a, b) {
  if (a.width !== b.width || a.height !== b.height) return Infinity;
  let differing = 0;
  for (let at = 0; at < a.pixels.length; at += a.channels) {
    if (a.pixels.compare(b.pixels, at, at + a.channels, at, at + a.channels) !== 0) differing++;
  }
  return differing;
}

// [SECTION] A static file server for dist/ (the hosted build needs http://, not file://)
const contentTypes = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json', '.png': 'image/png',
};

// headers(path) may add response headers (e.g. CORS for embed.js). Loopback only.
export async function serveDirectory(root, { headers = () => ({}) } = {}) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
                                ...headers(path) });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return listenOnLoopback(server);
}

// Pages made up by a test, on an origin of their own: { '/path': { body, type?, headers? } }.
export async function servePages(pages) {
  const server = createServer((request, response) => {
    const page = pages[new URL(request.url, 'http://localhost').pathname];
    if (!page) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': page.type ?? 'text/html; charset=utf-8', ...page.headers });
    response.end(page.body);
  });
  return listenOnLoopback(server);
}

async function listenOnLoopback(server) {
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((done) => {
      server.closeAllConnections?.();
      server.close(done);
    }),
  };
}

// [SECTION] Changing the offline file's program, as someone with the file could
// The file's wasm (gzip, base64-inlined by pack_wasm.mjs) with edit(bytes) applied; edit returns
// new bytes of any length. The data file is compiled into the wasm as its plain text.
export function editOfflineWasm(html, edit) {
  const prefix = 'data:application/octet-stream;base64,';
  let begin = -1;
  let end = -1;
  for (let at = html.indexOf(prefix); at >= 0; at = html.indexOf(prefix, at + 1)) {
    const run = /[A-Za-z0-9+/=]*/y;
    run.lastIndex = at + prefix.length;
    run.exec(html);
    if (run.lastIndex - (at + prefix.length) > end - begin) [begin, end] = [at + prefix.length, run.lastIndex];
  }
  const wasm = gunzipSync(Buffer.from(html.slice(begin, end), 'base64'));
  const edited = edit(wasm);
  return html.slice(0, begin) + gzipSync(edited).toString('base64') + html.slice(end);
}

// The data file's text as the build compiled it in: the web build embeds it minified
// (cmake/minify_json.mjs), which leaves no space after a key's colon.
export const dataFileText = () => {
  const embedded = join(distDir, '../src/core/embedded/min/advisor.json');
  return readFileSync(existsSync(embedded) ? embedded : join(here, '../../assets/advisor.json'), 'utf8');
};

// Replaces each `from` by `to` in bytes, both given as text of the same UTF-8 length.
export function replaceSameLength(bytes, replacements) {
  let out = Buffer.from(bytes);
  for (const [from, to] of replacements) {
    const a = Buffer.from(from);
    const b = Buffer.from(to);
    if (a.length !== b.length) throw new Error(`replacement of ${from} changes the length`);
    const at = out.indexOf(a);
    if (at < 0) throw new Error(`${from} is not in the program`);
    b.copy(out, at);
  }
  return out;
}
