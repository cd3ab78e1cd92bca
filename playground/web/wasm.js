// Loads the playground's WebAssembly module (playground/src/lib.rs) and
// calls it. The module takes one string and gives one string back through
// its linear memory, so plain `extern "C"` exports and this loader are all
// it takes: wasm-bindgen would add a tool to install and generated glue
// for no gain.

const encoder = new TextEncoder();
const decoder = new TextDecoder();

async function compile(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`cannot load ${url}: HTTP ${response.status}`);
  const type = response.headers.get('content-type') || '';
  if (WebAssembly.compileStreaming && type.startsWith('application/wasm')) {
    return WebAssembly.compileStreaming(response);
  }
  // Servers that do not know the type get the bytes compiled as they are.
  return WebAssembly.compile(await response.arrayBuffer());
}

// The module's answer for `text` (see playground/src/report.rs), parsed.
// Counts beyond 2^53 stay exact as BigInts where the browser gives the
// number's source text to the reviver.
function parse(json) {
  return JSON.parse(json, (key, value, context) =>
    typeof value === 'number' && !Number.isSafeInteger(value) && context && context.source
      && /^\d+$/.test(context.source)
      ? BigInt(context.source)
      : value);
}

export async function load(url) {
  const module = await compile(url);
  let exports = (await WebAssembly.instantiate(module, {})).exports;
  return {
    // Checks `text`; `depth` limits the table's rows (null: all),
    // `expanded` draws every layer inside blocks.
    async analyze(text, { depth = null, expanded = false } = {}) {
      const input = encoder.encode(text);
      try {
        const ptr = exports.playground_alloc(input.length);
        new Uint8Array(exports.memory.buffer, ptr, input.length).set(input);
        const out = exports.playground_analyze(ptr, input.length,
          depth === null ? 0xffffffff : depth, expanded ? 1 : 0);
        const len = exports.playground_output_len();
        const answer = decoder.decode(new Uint8Array(exports.memory.buffer, out, len));
        exports.playground_free(ptr, input.length);
        exports.playground_free(out, len);
        return parse(answer);
      } catch (error) {
        // A trap (a bug: the module returns errors as data) leaves the
        // instance unusable; the next call gets a fresh one.
        exports = (await WebAssembly.instantiate(module, {})).exports;
        throw error;
      }
    },
  };
}
