// The editor: a plain textarea over a backdrop that repeats its text with
// the diagnostics' ranges marked, scrolled together.

function escapeHtml(text) {
  return text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]);
}

export class Editor {
  constructor(textarea, backdrop) {
    this.textarea = textarea;
    this.backdrop = backdrop;
    this.ranges = [];
    textarea.addEventListener('scroll', () => this.syncScroll());
  }

  get text() {
    return this.textarea.value;
  }

  set text(value) {
    this.textarea.value = value;
    this.mark([]);
  }

  // Marks `ranges` ({start, end, severity}, in JS string offsets). An empty
  // range (a missing token at the end) is shown as one marked space.
  mark(ranges) {
    const text = this.textarea.value;
    const sorted = ranges
      .map((r) => ({ ...r, start: Math.min(r.start, text.length), end: Math.min(r.end, text.length) }))
      .sort((a, b) => a.start - b.start);
    let html = '';
    let at = 0;
    for (const range of sorted) {
      if (range.start < at) continue; // overlapping: the first one wins
      html += escapeHtml(text.slice(at, range.start));
      const inner = text.slice(range.start, range.end);
      const shown = inner === '' || inner === '\n' ? ' ' + inner : escapeHtml(inner);
      html += `<mark class="${range.severity}">${shown}</mark>`;
      at = range.end;
    }
    // A final newline needs a character after it to take up its line.
    html += escapeHtml(text.slice(at)) + '\n';
    this.backdrop.innerHTML = html;
    this.syncScroll();
  }

  select(start, end) {
    this.textarea.focus();
    this.textarea.setSelectionRange(start, end);
  }

  syncScroll() {
    this.backdrop.scrollTop = this.textarea.scrollTop;
    this.backdrop.scrollLeft = this.textarea.scrollLeft;
  }
}
