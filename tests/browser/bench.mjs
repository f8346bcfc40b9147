// The benchmark table of the README, every figure measured in one run (not a test: numbers, no
// pass/fail). Run by ./tools/bench after both builds:
//   node bench.mjs NATIVE_CLI NODE_CLI  → a Markdown table on stdout, JSON in build/web/artifacts
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { artifactsDir, distDir, launchChromium, offlineFileUrl, openAdvisor, settle } from './support.mjs';

const [nativeCli, nodeCli, firstEditionCli] = process.argv.slice(2);
const results = {};
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const size = (file) => {
  const bytes = readFileSync(file);
  return { raw: statSync(file).size, gzip: gzipSync(bytes, { level: 9 }).length };
};

// Sizes.
results.single = size(join(distDir, 'sourcing-advisor.html'));
results.hosted = {};
for (const file of ['app/index.html', 'app/app.js', 'app/app.css', 'embed.js']) {
  try { results.hosted[file] = size(join(distDir, file)); } catch { /* not built */ }
}

// What each part of the offline file weighs, each gzipped on its own (the parts of the wasm are
// inside it, and gzip of the whole is not the sum of its parts).
results.parts = sizeOfParts();

function sizeOfParts() {
  const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
  const of = (bytes) => ({ raw: bytes.length, gzip: gz(bytes) });
  const buildDir = join(distDir, '..');
  const repo = join(dirname(fileURLToPath(import.meta.url)), '../..');
  const parts = {};
  // The wasm: pack_wasm.mjs inlined it gzipped, as the longest base64 run.
  const html = readFileSync(join(distDir, 'sourcing-advisor.html'), 'latin1');
  const runs = [...html.matchAll(/base64,([A-Za-z0-9+/=]{1000,})/g)].sort((a, b) => b[1].length - a[1].length);
  if (!runs.length) return parts;
  const wasm = gunzipSync(Buffer.from(runs[0][1], 'base64'));
  parts.wasm = of(wasm);
  parts.wasmInlined = { raw: runs[0][1].length, gzip: gz(Buffer.from(runs[0][1], 'latin1')) };
  // Its code and data sections (fonts and data file are in the data).
  for (let at = 8; at < wasm.length;) {
    const id = wasm[at++];
    let size = 0, shift = 0, byte;
    do { byte = wasm[at++]; size |= (byte & 0x7f) << shift; shift += 7; } while (byte & 0x80);
    if (id === 10) parts.wasmCode = of(wasm.subarray(at, at + size));
    if (id === 11) parts.wasmData = of(wasm.subarray(at, at + size));
    at += size;
  }
  // The runtime JS (Emscripten's, pre.js, form_mirror.js): the hosted app.js without the wasm.
  try {
    const app = readFileSync(join(distDir, 'app/app.js'), 'latin1');
    parts.runtimeJs = of(Buffer.from(app.replace(/base64,[A-Za-z0-9+/=]{1000,}/, 'base64,'), 'latin1'));
  } catch { /* not built */ }
  // The page around them: markup, styles, prerendered form and result, policy.
  parts.page = of(Buffer.from(html.replace(runs[0][1], '').replace(/<script[^]*?<\/script>/g, ''), 'latin1'));
  // The fonts as cut (src/web/CMakeLists.txt) and the data file as embedded (minified).
  const fontDir = join(buildDir, 'src/web/fonts');
  if (existsSync(fontDir)) {
    parts.fonts = {};
    for (const name of readdirSync(fontDir).filter((n) => n.endsWith('.ttf')).sort())
      parts.fonts[name] = of(readFileSync(join(fontDir, name)));
  }
  const embedded = (name, source) => {
    const minified = join(buildDir, 'src/core/embedded/min', name);
    return of(readFileSync(existsSync(minified) ? minified : source));
  };
  parts.data = embedded('advisor.json', join(repo, 'assets/advisor.json'));
  // Translation tables, as embedded: packed (each table its texts, their places once in
  // advisor.tables.json: cmake/pack_tables.mjs) and minified. cli.json is the command line's.
  const langDir = join(repo, 'assets/lang');
  if (existsSync(langDir)) {
    parts.lang = {};
    for (const name of readdirSync(langDir).filter((n) => /^advisor\..+\.json$/.test(n)).sort())
      parts.lang[name] = embedded(name, join(langDir, name));
    const places = join(buildDir, 'src/core/embedded/min/advisor.tables.json');
    if (existsSync(places)) parts.lang['advisor.tables.json'] = of(readFileSync(places));
  }
  return parts;
}

// A blank WebGL2 page: the floor for start-up, and a stock render loop for idle frames.
mkdirSync(artifactsDir, { recursive: true });
const blankFile = join(artifactsDir, 'blank-webgl2.html');
writeFileSync(blankFile, `<!doctype html><canvas id=c width=1280 height=800></canvas><script>
const gl = document.getElementById('c').getContext('webgl2');
window.frames_ = 0;
window.firstFrame = new Promise((resolve) => requestAnimationFrame(() => {
  gl.clearColor(1, 1, 1, 1); gl.clear(gl.COLOR_BUFFER_BIT); resolve(performance.now()); }));
function loop() { window.frames_++; gl.clear(gl.COLOR_BUFFER_BIT); requestAnimationFrame(loop); }
window.startLoop = () => requestAnimationFrame(loop);
</script>`);

// A blank text page: the floor for first contentful paint.
const textFile = join(artifactsDir, 'blank-text.html');
writeFileSync(textFile, '<!doctype html><title>blank</title><p>Sourcing Advisor</p>');
const firstContentfulPaint = () => new Promise((resolve) => {
  new PerformanceObserver((list) => {
    const entry = list.getEntries().find((e) => e.name === 'first-contentful-paint');
    if (entry) resolve(entry.startTime);
  }).observe({ type: 'paint', buffered: true });
});

const browser = await launchChromium();
async function page(viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  return { context, page: await context.newPage() };
}

const advisorStart = [], blankStart = [], advisorPaint = [], textPaint = [];
for (let run = 0; run < 5; ++run) {
  {
    const { context, page: p } = await page();
    await p.goto(offlineFileUrl);
    advisorStart.push(await p.evaluate(() => window.sourcingAdvisor.ready.then(() => performance.now())));
    advisorPaint.push(await p.evaluate(firstContentfulPaint));
    await context.close();
  }
  {
    const { context, page: p } = await page();
    await p.goto(pathToFileURL(textFile).href);
    textPaint.push(await p.evaluate(firstContentfulPaint));
    await context.close();
  }
  {
    const { context, page: p } = await page();
    await p.goto(pathToFileURL(blankFile).href);
    blankStart.push(await p.evaluate(() => window.firstFrame));
    await context.close();
  }
}
results.startupMs = { advisor: median(advisorStart), blank: median(blankStart) };
results.firstPaintMs = { advisor: median(advisorPaint), blank: median(textPaint) };

// Idle frames over 3 s, against a stock loop on the blank page.
{
  const { context, page: p } = await page();
  await openAdvisor(p, offlineFileUrl);
  await settle(p);
  const before = (await p.evaluate(() => window.sourcingAdvisor.stats())).framesRendered;
  await p.waitForTimeout(3000);
  const after = (await p.evaluate(() => window.sourcingAdvisor.stats())).framesRendered;
  results.idleFrames = after - before;

  // The busiest view: wide layout with the full result column; frames forced by mouse moves.
  const build = [], frame = [];
  for (let i = 0; i < 20; ++i) {
    await p.mouse.move(700 + (i % 5) * 40, 300 + (i % 7) * 30);
    await settle(p, { quietMs: 120 });
    const stats = await p.evaluate(() => window.sourcingAdvisor.stats());
    build.push(stats.lastBuildMs);
    frame.push(stats.lastFrameMs);
  }
  results.frameMs = { build: median(build), total: median(frame) };

  // Memory: heap after start-up, and after 1,000 answer changes.
  results.heap = { start: (await p.evaluate(() => window.sourcingAdvisor.stats())).heapBytes };
  await p.evaluate(() => {
    const workloads = ['steady', 'seasonal', 'project'];
    for (let i = 0; i < 1000; ++i)
      window.sourcingAdvisor.setAnswers({ workload: workloads[i % 3], team_size: 1 + (i % 200), control: 1 + (i % 5) });
  });
  await settle(p);
  results.heap.after1000 = (await p.evaluate(() => window.sourcingAdvisor.stats())).heapBytes;
  await context.close();
}
{
  const { context, page: p } = await page();
  await p.goto(pathToFileURL(blankFile).href);
  await p.evaluate(() => window.startLoop());
  await p.waitForTimeout(3000);
  results.stockFrames = await p.evaluate(() => window.frames_);
  await context.close();
}
await browser.close();

// Full evaluations, natively and in WebAssembly under Node (the same core, the same inputs).
const bench = (command, args) => JSON.parse(execFileSync(command, args, { encoding: 'utf8' }));
results.evaluation = {
  native: bench(nativeCli, ['bench', '--json']).us_per_evaluation,
  wasm: bench(process.execPath, ['--no-experimental-fetch', nodeCli, 'bench', '--json']).us_per_evaluation,
};

// The second edition of the model against the first, alternating, best of five each: the same
// machine load for both.
if (firstEditionCli) {
  const first = [], second = [];
  for (let round = 0; round < 5; ++round) {
    first.push(bench(firstEditionCli, ['bench', '--json']).us_per_evaluation);
    second.push(bench(nativeCli, ['bench', '--json']).us_per_evaluation);
  }
  results.editions = { first: Math.min(...first), second: Math.min(...second) };
}

writeFileSync(join(artifactsDir, 'bench.json'), JSON.stringify(results, null, 2));
const kb = (bytes) => (bytes / 1024).toFixed(1) + ' KB';
const ratio = (a, b) => (a / b).toFixed(2) + '×';
const rows = [
  ['Offline single file `sourcing-advisor.html`', `${kb(results.single.raw)} raw, **${kb(results.single.gzip)} gzipped**`, '≤ 300 KB gzipped'],
  ...Object.entries(results.hosted).map(([file, s]) => [`Hosted \`${file}\``, `${kb(s.raw)} raw, ${kb(s.gzip)} gzipped`, '']),
  ['First contentful paint (median of 5), advisor (prerendered form and result) vs a blank text page',
   `${results.firstPaintMs.advisor.toFixed(0)} ms vs ${results.firstPaintMs.blank.toFixed(0)} ms = **${ratio(results.firstPaintMs.advisor, results.firstPaintMs.blank)}**`, '≤ 1.2×'],
  ['Start-up to first frame (median of 5), advisor vs blank WebGL2 page',
   `${results.startupMs.advisor.toFixed(0)} ms vs ${results.startupMs.blank.toFixed(0)} ms = **${ratio(results.startupMs.advisor, results.startupMs.blank)}**`, '≤ 1.5×'],
  ['Frames drawn in 3 s of idle', `**${results.idleFrames}** (stock render loop: ${results.stockFrames})`, '≤ 2'],
  ['CPU time of one frame, full result view (median of 20)',
   `**${results.frameMs.build.toFixed(2)} ms** to build the UI; ${results.frameMs.total.toFixed(1)} ms with drawing on the software GPU`, '≤ 4 ms'],
  ['Full evaluation (what-would-change and costs included)',
   `native **${results.evaluation.native.toFixed(1)} µs**, wasm ${results.evaluation.wasm.toFixed(1)} µs = **${ratio(results.evaluation.wasm, results.evaluation.native)}**`, '≤ 20 µs; wasm ≤ 2×'],
  ...(results.editions ? [['Full evaluation, second edition of the model against the first (alternating, best of 5)',
    `${results.editions.second.toFixed(1)} µs vs ${results.editions.first.toFixed(1)} µs = **${ratio(results.editions.second, results.editions.first)}**`, '≤ 2×']] : []),
  ['Wasm heap after start-up, and after 1,000 answer changes',
   `${kb(results.heap.start)} → ${kb(results.heap.after1000)} (**${results.heap.after1000 === results.heap.start ? 'no growth' : 'grew'}**)`, 'no growth'],
];
console.log('| measure | measured | goal |\n|---|---|---|');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);

// The parts of the offline file, each gzipped alone.
const parts = results.parts;
const sum = (group) => Object.values(group).reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip }), { raw: 0, gzip: 0 });
const partRows = [];
const part = (name, s) => s && partRows.push([name, kb(s.raw), `**${kb(s.gzip)}**`]);
part('wasm as inlined (gzipped, in base64)', parts.wasmInlined);
part('wasm', parts.wasm);
part('… its code section', parts.wasmCode);
part('… its data section (fonts and data file included)', parts.wasmData);
if (parts.fonts) {
  part('… fonts, together (as cut)', sum(parts.fonts));
  for (const [name, s] of Object.entries(parts.fonts)) part(`… … ${name}`, s);
}
part('… data file `advisor.json` (minified)', parts.data);
part('runtime JS (Emscripten, pre.js, form_mirror.js)', parts.runtimeJs);
part('page (markup, styles, prerendered form and result)', parts.page);
if (parts.lang && Object.keys(parts.lang).length) {
  part('translation tables, together (minified)', sum(parts.lang));
  for (const [name, s] of Object.entries(parts.lang)) part(`… \`${name}\``, s);
}
console.log('\n| part of the offline file | raw | gzipped |\n|---|---|---|');
for (const row of partRows) console.log(`| ${row.join(' | ')} |`);
