// The page: the network's text (from the URL after `#`, or an example) is
// checked as the user types, and its totals, table, diagram and
// diagnostics shown. Everything shown comes from the WebAssembly module.

import { load } from './wasm.js';
import { Editor } from './editor.js';

const $ = (id) => document.getElementById(id);
const editor = new Editor($('text'), $('backdrop'));
const DEBOUNCE_MS = 60;
let wasm = null;
let timer = 0;
let shownHash = null;

const grouped = (n) => n.toLocaleString('en-US');

// One line of the summary's footer, as cnn-core words it.
function footer(summary, label) {
  const line = summary.split('\n').find((l) => l.trim().startsWith(label));
  return line ? line.trim().slice(label.length).trim() : '';
}

function showTotals(answer) {
  const dl = $('totals');
  if (!answer.ok) {
    dl.classList.add('stale');
    return;
  }
  const m = answer.model;
  const shape = (s) => s.join('x');
  const items = [
    ['Params', grouped(m.params), 'params'],
    ['Non-trainable', grouped(m.non_trainable_params), 'non-trainable'],
    ['MACs', grouped(m.macs), 'macs'],
    ['Params memory (f32)', footer(answer.summary, 'Params size (f32):'), 'params-memory'],
    ['Peak activations (f32)', footer(answer.summary, 'Peak activation memory (f32):'), 'activations'],
    ['Shapes', `${shape(m.input)} → ${shape(m.output)}`, 'shapes'],
  ];
  dl.classList.remove('stale');
  dl.innerHTML = '';
  for (const [term, value, id] of items) {
    const div = document.createElement('div');
    div.innerHTML = '<dt></dt><dd></dd>';
    div.querySelector('dt').textContent = term;
    // `36.50 KB (9,344 values)`: the detail in brackets on a line of its own.
    const [main, detail] = value.split(/ (?=\()/);
    div.querySelector('dd').textContent = main;
    if (detail) {
      const small = document.createElement('small');
      small.textContent = detail;
      div.append(small);
    }
    div.querySelector('dd').id = `total-${id}`;
    dl.append(div);
  }
}

function lineColumn(text, offset) {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before[before.length - 1].length + 1}`;
}

function showDiagnostics(text, diagnostics) {
  const list = $('diagnostics');
  list.innerHTML = '';
  const ranges = [];
  for (const d of diagnostics) {
    ranges.push({ start: d.start, end: d.end, severity: d.severity });
    for (const label of d.labels) ranges.push({ start: label.start, end: label.end, severity: 'label' });
    const li = document.createElement('li');
    li.className = d.severity;
    const head = document.createElement('button');
    head.textContent = `${d.severity} at ${lineColumn(text, d.start)}: ${d.message}`;
    head.addEventListener('click', () => editor.select(d.start, d.end));
    li.append(head);
    const faulty = text.slice(d.start, d.end);
    if (faulty && faulty.length < 200) {
      const code = document.createElement('code');
      code.textContent = faulty;
      li.append(' ', code);
    }
    for (const label of d.labels) {
      const note = document.createElement('div');
      note.className = 'note';
      note.textContent = `${lineColumn(text, label.start)}: ${label.message}`;
      li.append(note);
    }
    if (d.help) {
      const help = document.createElement('div');
      help.className = 'help';
      help.textContent = `help: ${d.help}`;
      li.append(help);
    }
    list.append(li);
  }
  editor.mark(ranges);
}

async function update() {
  clearTimeout(timer);
  const text = editor.text;
  const depth = $('depth').value === '' ? null : Number($('depth').value);
  const started = performance.now();
  let answer;
  try {
    answer = await wasm.analyze(text, { depth, expanded: $('expanded').checked });
  } catch (error) {
    $('status').textContent = `internal error: ${error.message}`;
    return;
  }
  const checked = performance.now();
  if (answer.ok) {
    $('summary').textContent = answer.summary;
    $('diagram').innerHTML = answer.svg;
  } else if (!$('diagram').firstChild) {
    $('summary').textContent = 'The table shows once the network has no error.';
    $('diagram').textContent = 'The diagram shows once the network has no error.';
  }
  $('summary').classList.toggle('stale', !answer.ok);
  $('diagram').classList.toggle('stale', !answer.ok);
  showTotals(answer);
  showDiagnostics(text, answer.diagnostics);
  const errors = answer.diagnostics.filter((d) => d.severity === 'error').length;
  const ms = (performance.now() - started).toFixed(1);
  $('status').textContent = answer.ok
    ? `ok, ${ms} ms`
    : `${errors} error${errors === 1 ? '' : 's'}, ${ms} ms`;
  $('status').className = answer.ok ? 'ok' : 'error';
  // For the browser tests: the time of the check and of the whole update.
  window.lastUpdate = { check: checked - started, total: performance.now() - started, ok: answer.ok };
  shownHash = '#' + encodeURIComponent(text);
  if (location.hash !== shownHash) history.replaceState(null, '', shownHash);
}

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(update, DEBOUNCE_MS);
}

async function loadExample(name) {
  const response = await fetch(`examples/${name}.cnn`);
  editor.text = response.ok ? await response.text() : `// cannot load the example ${name}\n`;
  await update();
}

function fromHash() {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return location.hash.slice(1); // not URL-encoded: shown as it is
  }
}

async function main() {
  try {
    wasm = await load('cnn_playground.wasm');
  } catch (error) {
    $('status').textContent = `cannot start: ${error.message}`;
    return;
  }
  $('text').addEventListener('input', schedule);
  $('depth').addEventListener('change', update);
  $('expanded').addEventListener('change', update);
  $('example').addEventListener('change', () => loadExample($('example').value));
  $('example').value = 'lenet';
  window.addEventListener('hashchange', () => {
    if (location.hash === shownHash) return;
    $('example').value = '';
    editor.text = fromHash();
    update();
  });
  if (location.hash.length > 1) {
    $('example').value = '';
    editor.text = fromHash();
    await update();
  } else {
    await loadExample('lenet');
  }
  window.playgroundReady = true;
}

main();
