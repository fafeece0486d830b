// check.js runs in the harness page of browser_test.go. For every iframe
// (a page paiban wrote, at a phone's or a desktop's size) it records the
// first and last character of every rendered line of text, found from the
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
    let prev = null, line = null;
    const tw = doc.createTreeWalker(b, NodeFilter.SHOW_TEXT);
    for (let t = tw.nextNode(); t; t = tw.nextNode()) {
      const s = t.data;
      for (let i = 0; i < s.length;) {
        const cp = s.codePointAt(i), n = cp > 0xffff ? 2 : 1;
        range.setStart(t, i); range.setEnd(t, i + n);
        const r = range.getBoundingClientRect();
        i += n;
        if (r.width === 0 && r.height === 0 || /\s/.test(String.fromCodePoint(cp))) continue;
        const pos = vertical ? (r.left + r.right) / 2 : (r.top + r.bottom) / 2;
        if (prev === null || (vertical ? pos < prev - fs / 2 : pos > prev + fs / 2)) {
          line = [String.fromCodePoint(cp), String.fromCodePoint(cp)];
          out.lines.push(line);
        } else {
          line[1] = String.fromCodePoint(cp);
        }
        prev = pos;
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
