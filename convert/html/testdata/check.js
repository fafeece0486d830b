// check.js runs in the harness page of browser_test.go. For every iframe
// (a page paiban wrote, at a phone's or a desktop's size) it records the
// first and last character of every rendered line of text, whether the
// line starts its block, and the widest
// hole between two of its characters, found from the
// characters' boxes (Range.getBoundingClientRect: a new line starts where
// the box moves on along the block axis, down in horizontal pages, left
// in vertical ones), and every element that sticks out of the viewport
// across the reading direction. The results go into the pre element "result" as
// JSON, for chromium --dump-dom.
function check(frame) {
  const doc = frame.contentDocument, win = frame.contentWindow;
  const vertical = doc.documentElement.classList.contains('vertical');
  const de = doc.documentElement;
  const vw = de.clientWidth, vh = de.clientHeight;
  const out = {src: frame.getAttribute('src'), w: vw, h: vh, lines: [], overflow: [], scroll: vertical ? de.scrollHeight - vh : de.scrollWidth - vw};
  const range = doc.createRange();
  for (const b of doc.querySelectorAll('main :is(p, h1, h2, h3, h4, h5, h6, address, figcaption)')) {
    const fs = parseFloat(win.getComputedStyle(b).fontSize);
    // A table row's gaps are its columns (markup.WriteRow), not holes
    // that justification opened.
    const row = b.classList.contains('row');
    let prev = null, prevEnd = 0, line = null, wide = false;
    // glyph takes one character cp drawn in the box r.
    const glyph = (cp, r) => {
      if (r.width === 0 && r.height === 0 || /\s/.test(String.fromCodePoint(cp))) {
        // A wide space of the text itself (U+3000 in a folio line) is
        // no justification hole: the gap across it is not measured.
        if (cp !== 0x20 && cp !== 0x0a && cp !== 0x09 && cp !== 0xa0) wide = true;
        return;
      }
      const pos = vertical ? (r.left + r.right) / 2 : (r.top + r.bottom) / 2;
      const start = vertical ? r.top : r.left, end = vertical ? r.bottom : r.right;
      if (prev === null || (vertical ? pos < prev - fs / 2 : pos > prev + fs / 2)) {
        // The fourth field: the line starts its block (no break put
        // its first character there).
        line = [String.fromCodePoint(cp), String.fromCodePoint(cp), 0, prev === null];
        out.lines.push(line);
      } else {
        line[1] = String.fromCodePoint(cp);
        // The widest hole between two characters of the line, in em.
        if (!wide && !row) line[2] = Math.max(line[2], (start - prevEnd) / fs);
      }
      prev = pos;
      prevEnd = end;
      wide = false;
    };
    const tw = doc.createTreeWalker(b, NodeFilter.SHOW_TEXT);
    let kv = null;
    for (let t = tw.nextNode(); t; t = tw.nextNode()) {
      // A Korean vertical mark (markup.VerticalKorean): the page shows
      // data-v, drawn before its source text, which is set at no size.
      const mark = t.parentElement.parentElement;
      if (mark && mark.classList.contains('kv')) {
        if (mark !== kv) {
          kv = mark;
          glyph(mark.dataset.v.codePointAt(0), mark.getBoundingClientRect());
        }
        continue;
      }
      const s = t.data;
      for (let i = 0; i < s.length;) {
        const cp = s.codePointAt(i), n = cp > 0xffff ? 2 : 1;
        range.setStart(t, i); range.setEnd(t, i + n);
        glyph(cp, range.getBoundingClientRect());
        i += n;
      }
    }
  }
  for (const e of doc.querySelectorAll('main *')) {
    const r = e.getBoundingClientRect();
    const bad = vertical ? (r.top < -0.5 || r.bottom > vh + 0.5) : (r.left < -0.5 || r.right > vw + 0.5);
    if (bad && r.width > 0) out.overflow.push(e.tagName + ' ' + (e.textContent || '').slice(0, 20));
  }
  return out;
}
window.addEventListener('load', () => {
  const res = [];
  for (const f of document.querySelectorAll('iframe')) {
    try { res.push(check(f)); } catch (e) { res.push({src: f.getAttribute('src'), error: String(e)}); }
  }
  const pre = document.createElement('pre');
  pre.id = 'result';
  pre.textContent = JSON.stringify(res);
  document.body.appendChild(pre);
});
