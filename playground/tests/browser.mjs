// The playground in headless Chromium: builds nothing (run build.sh first),
// serves dist/ from 127.0.0.1, and checks what a learner sees. Screenshots
// go to target/playground/. Run: node tests/browser.mjs (from playground/).

import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = resolve(here, '../dist');
const shots = resolve(here, '../../target/playground');
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
// The machine's network is closed: nothing that phones home.
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const server = await serve(dist);
const profile = mkdtempSync(join(tmpdir(), 'cnn-playground-chromium-'));
mkdirSync(shots, { recursive: true });
const context = await chromium.launchPersistentContext(profile, {
  executablePath, headless: true, args: ARGS, viewport: { width: 1400, height: 1000 },
});
const failures = [];
const pageErrors = [];

async function open(hash = '') {
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(m.text()); });
  await page.goto(server.url + hash);
  await page.waitForFunction(() => window.playgroundReady === true, null, { timeout: 20000 });
  return page;
}

const text = (page, selector) => page.locator(selector).first().textContent();

async function test(name, body) {
  const started = performance.now();
  try {
    await body();
    console.log(`ok   ${name} (${(performance.now() - started).toFixed(0)} ms)`);
  } catch (error) {
    failures.push(name);
    console.log(`FAIL ${name}\n${error.stack}`);
  }
}

await test('the default network is the article\'s, 62,958 params', async () => {
  const page = await open();
  assert.equal(await text(page, '#total-params'), '62,958');
  assert.equal(await text(page, '#total-non-trainable'), '0');
  assert.equal(await text(page, '#total-macs'), '849,320');
  assert.match(await text(page, '#summary'), /\(\(5\*5\*3\)\+1\)\*8 = 608/);
  assert.equal(await page.locator('#diagram svg').count(), 1);
  assert.equal(await page.locator('#diagnostics li').count(), 0);
  assert.equal(await page.locator('#example').inputValue(), 'lenet');
  // The page keeps the network in its URL.
  assert.match(decodeURIComponent(new URL(page.url()).hash), /conv1: conv 5x5x8;/);
  await page.screenshot({ path: join(shots, 'lenet.png'), fullPage: true });
  await page.close();
});

await test('a network given in the URL shows its totals', async () => {
  const network = 'input 28x28x1;\nconv 3x3x16 pad 1;\nbn;\nrelu;\ngap;\nfc 10;';
  const page = await open('#' + encodeURIComponent(network));
  assert.equal(await page.locator('#text').inputValue(), network);
  // conv (3*3*1+1)*16 = 160, bn 2*16 = 32 (and 32 running), fc 16*10+10 = 170.
  assert.equal(await text(page, '#total-params'), '362');
  assert.equal(await text(page, '#total-non-trainable'), '32');
  assert.equal(await text(page, '#total-shapes'), '28x28x1 → 10');
  await page.close();
});

await test('an invalid network shows its error on the faulty text', async () => {
  const page = await open('#' + encodeURIComponent('// é\ninput 32x32x3;\nconv 50x50x8;\nfc 10;'));
  const item = page.locator('#diagnostics li.error');
  assert.equal(await item.count(), 1);
  assert.match(await item.textContent(), /error at 3:1: `conv 50x50x8` needs an input of at least 50x50, but the input is 32x32x3/);
  // The byte span, after a two-byte `é`, lands on the right characters.
  assert.equal(await text(page, '#backdrop mark.error'), 'conv 50x50x8');
  assert.match(await text(page, '#status'), /1 error/);
  await page.screenshot({ path: join(shots, 'error.png') });
  await page.close();
});

await test('a warning is shown and the network still counted', async () => {
  const page = await open('#' + encodeURIComponent('input 3x224x224;\nfc 10;'));
  assert.match(await text(page, '#diagnostics li.warning'), /reads as an image 3 pixels high/);
  assert.equal(await text(page, '#backdrop mark.warning'), '3x224x224');
  assert.equal(await text(page, '#total-params'), '1,505,290');
  assert.equal(await page.locator('#example').inputValue(), '');
  await page.close();
});

await test('the diagram draws every layer when asked', async () => {
  const page = await open('#' + encodeURIComponent('input 8x8x3;\nb: { conv 3x3x4; relu; }\nfc 2;'));
  const boxes = () => page.locator('#diagram svg').innerHTML();
  const collapsed = await boxes();
  await page.evaluate(() => { window.lastUpdate = null; });
  await page.check('#expanded');
  await page.waitForFunction(() => window.lastUpdate !== null);
  assert.notEqual(await boxes(), collapsed);
  assert.match(await boxes(), /conv 3x3x4/);
  await page.close();
});

await test('typing updates the page', async () => {
  const page = await open();
  await page.locator('#text').press('Control+End');
  await page.locator('#text').pressSequentially('\nfc 5;');
  await page.waitForFunction(() => document.getElementById('total-params').textContent === '63,013');
  await page.close();
});

// The time of one update (check, table, diagram, marks), median of `runs`.
async function updateTime(page, network, runs = 7) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    // Alternately with and without a last newline: every run is a change.
    await page.evaluate(([t, i]) => {
      window.lastUpdate = null;
      const area = document.getElementById('text');
      area.value = t + '\n'.repeat(i % 2);
      area.dispatchEvent(new Event('input'));
    }, [network, i]);
    await page.waitForFunction(() => window.lastUpdate !== null);
    times.push(await page.evaluate(() => window.lastUpdate));
  }
  const median = (key) => times.map((t) => t[key]).sort((a, b) => a - b)[Math.floor(runs / 2)];
  return { ok: times.every((t) => t.ok), check: median('check'), total: median('total') };
}

await test('ResNet-50 and a 200-layer network update without a noticeable delay', async () => {
  const page = await open();
  await page.selectOption('#example', 'resnet50');
  await page.waitForFunction(() => document.getElementById('total-params').textContent === '25,557,032');
  await page.screenshot({ path: join(shots, 'resnet50.png') });
  const resnet = readFileSync(resolve(here, '../examples/resnet50.cnn'), 'utf8');
  const deep = ['input 64x64x16;', ...Array.from({ length: 200 }, (_, i) =>
    (i % 2 ? 'relu;' : 'conv 3x3x16 pad 1;'))].join('\n');
  for (const [name, network] of [['ResNet-50', resnet], ['200 layers', deep]]) {
    const time = await updateTime(page, network);
    assert.ok(time.ok, `${name} should be valid`);
    console.log(`     ${name}: one update takes ${time.total.toFixed(1)} ms (${time.check.toFixed(1)} ms in the module), median of 7`);
    assert.ok(time.total < 250, `${name}: ${time.total} ms`);
  }
  await page.close();
});

await test('every example loads and is valid', async () => {
  const page = await open();
  for (const value of await page.locator('#example option').evaluateAll((os) => os.map((o) => o.value).filter(Boolean))) {
    await page.evaluate(() => { window.lastUpdate = null; });
    await page.selectOption('#example', value);
    await page.waitForFunction(() => window.lastUpdate !== null);
    assert.ok(await page.evaluate(() => window.lastUpdate.ok), `${value} should be valid`);
  }
  await page.close();
});

await test('no errors in the console', async () => {
  assert.deepEqual(pageErrors, []);
});

await context.close();
await server.close();
rmSync(profile, { recursive: true, force: true });
console.log(failures.length ? `${failures.length} failed: ${failures.join(', ')}` : `all passed; screenshots in ${shots}`);
process.exit(failures.length ? 1 : 0);
