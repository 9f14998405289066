// A practice box that breaks across pages goes on under its title and "(continued)" (issue 15 §1),
// as publications do, rather than as a bare second half of a box.
//
// CSS cannot repeat a heading at the top of a box's next fragment, so the box is cut in two where
// it breaks: while the document is laid out as one column per page (html.gcm-paginate, see
// html.ts and running.ts), each practice box whose fragments lie in more than one column is split
// at the first thing that lies in a later column, and the second part becomes a box of its own
// (same class and styling) headed "<title> (continued)", forced onto the next page (a column
// break in the column layout, a page break in print). The second part is measured again (it may
// itself go on over another page) and so is everything after it, since the heading moves what
// follows.
//
// Where the break falls:
//  - between two blocks of the box (paragraphs, list items, table rows): the second part begins
//    with the block that starts on the next page;
//  - inside a paragraph or a list item: at the first word on the next page (the element is cut in
//    two, its markup kept on both sides; a word hyphenated across the break goes on whole; a
//    list item's second half shows no marker, and a numbered list goes on with its numbers);
//  - inside something that cannot be cut (an image, a table row, an inline block): before it, so
//    it moves whole to the next page;
//  - before any of the box's text (only its label, title and facts would stay, or only the
//    continued title of a part whose first block is taller than a page): no split; the box
//    breaks as before (a first part's next page then says "(continued)" in its running header).
// The repeated title is tagged like any paragraph (a screen reader reads "<title> (continued)"
// where the box goes on). It is not aria-hidden: Chromium's tagged PDF paints text outside the
// accessibility tree outside any marked content, neither tagged nor an artifact, which a PDF/UA
// check rejects (pdf-tags.ts marks such text as an artifact only at the two ends of a page's
// content stream). The first part keeps the box's id (links and the contents point there); the
// second part has none.
//
// Only boxes that carry data-continued (the catalog's "(continued)", set by the default
// practice.hbs) are split: a custom partial without it breaks as before.
//
// The script runs in the page and is kept as source text (see chromium.ts): write a backslash in
// it as a doubled backslash.

/**
 * Cuts made in one report at most. Each cut lays the document out again (about 5 ms for a
 * 10-page report, 15 ms for 250 pages on a busy 2-core machine: 192 cuts there took 2.8 s); past
 * this many, boxes break as before (a hostile or enormous review cannot make the layout
 * quadratic without bound).
 */
export const MAX_SPLITS = 400;

/**
 * Runs in the page while it is laid out as columns (an expression inside running.ts's
 * RUNNING_PREDICT, which runs inside chromium.ts's measuring script); returns the number of
 * splits made (0 outside the column layout).
 */
export const PRACTICE_SPLIT = `(() => {
  const doc = document, root = doc.documentElement, body = doc.body;
  const MAX_SPLITS = ${MAX_SPLITS};
  if (!root.classList.contains('gcm-paginate')) return 0;
  const frame = body.getBoundingClientRect();
  const rtl = getComputedStyle(body).direction === 'rtl';
  const width = frame.width || 1;
  const col = (r) => Math.max(0, Math.floor(((rtl ? frame.right - r.right : r.left - frame.left) + 0.5) / width)) + 1;
  // the first and last columns an element's fragments lie in ([0, 0]: not laid out)
  const span = (el) => {
    const rs = el.getClientRects();
    let a = 0, b = 0;
    for (let i = 0; i < rs.length; i++) {
      const r = rs[i];
      if (r.height < 1 && r.width < 1) continue;
      const c = col(r);
      if (!a || c < a) a = c;
      if (c > b) b = c;
    }
    return [a, b];
  };
  const range = doc.createRange();
  const space = /\\s/;
  // the first word of a text node that lies in a column after c0, as { node, offset }
  const inText = (t, c0) => {
    const s = t.data;
    range.selectNodeContents(t);
    let last = 0;
    const rs = range.getClientRects();
    for (let i = 0; i < rs.length; i++) if (rs[i].width >= 0.5 || rs[i].height >= 1) last = Math.max(last, col(rs[i]));
    if (last <= c0) return null;
    const at = [];
    for (let i = 0; i < s.length; i++) {
      const cu = s.charCodeAt(i);
      if (cu >= 0xdc00 && cu <= 0xdfff) continue; // second half of a surrogate pair
      if (!space.test(s[i])) at.push(i);
    }
    let lo = 0, hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const i = at[mid];
      const cu = s.charCodeAt(i);
      range.setStart(t, i);
      range.setEnd(t, Math.min(s.length, i + (cu >= 0xd800 && cu <= 0xdbff ? 2 : 1)));
      const r = range.getClientRects()[0];
      if (r && col(r) > c0) hi = mid;
      else lo = mid + 1;
    }
    if (lo >= at.length) return null;
    let offset = at[lo];
    // a word hyphenated across the break goes on whole (not after a real hyphen or a slash)
    if (offset > 0 && !/[\\s\\-\\u2010\\u2011\\u2013\\u2014\\/]/.test(s[offset - 1])) {
      let j = offset;
      while (j > 0 && offset - j < 40 && !space.test(s[j - 1])) j--;
      if (j === 0 || space.test(s[j - 1])) offset = j;
    }
    return { node: t, offset };
  };
  const inInline = (el, c0) => {
    const walk = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let t = walk.nextNode(); t; t = walk.nextNode()) {
      const p = inText(t, c0);
      if (p) return p;
    }
    return null;
  };
  const ATOMIC = /^(IMG|SVG|CANVAS|VIDEO|AUDIO|IFRAME|OBJECT|EMBED|INPUT|SELECT|TEXTAREA|BUTTON|MATH)$/i;
  // where the content of a block that goes on past column c0 should be cut: { node, offset } in a
  // text node, or { before: element }
  const findSplit = (el, c0) => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        if (!n.data.trim()) continue;
        const p = inText(n, c0);
        if (p) return p;
        continue;
      }
      if (n.nodeType !== 1) continue;
      const st = getComputedStyle(n);
      if (st.display === 'none' || st.position === 'absolute' || st.position === 'fixed' || st.getPropertyValue('float') !== 'none') continue;
      const [a, b] = span(n);
      if (!a) continue;
      // a table's header and footer rows: repeated by the table, never where it is cut
      if (/^table-(header|footer)-group$/.test(st.display)) continue;
      if (a > c0) return { before: n };
      if (b <= c0) continue;
      if (st.display === 'inline') {
        const p = inInline(n, c0);
        if (p) return p;
        continue;
      }
      if (ATOMIC.test(n.tagName) || /^inline-|^table-row$|^table-cell$|^flex$|^grid$/.test(st.display)) return { before: n };
      return findSplit(n, c0) || { before: n };
    }
    return null;
  };
  const HEAD = (n) => n.nodeType === 1 && n.parentElement && n.parentElement.classList.contains('practice') &&
    (n.classList.contains('box-label') || n.classList.contains('practice-title') || n.classList.contains('facts'));
  // the first character of the box's text outside its label, title and facts
  const firstBodyText = (box) => {
    // (no filter callback: the page's JavaScript is off, and a callback would not run)
    const walk = doc.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    next: for (let t = walk.nextNode(); t; t = walk.nextNode()) {
      if (!t.data.trim()) continue;
      for (let e = t.parentElement; e && e !== box; e = e.parentElement) if (HEAD(e)) continue next;
      return { node: t, offset: t.data.search(/\\S/) };
    }
    return null;
  };
  const stripIds = (el) => {
    if (el.removeAttribute) el.removeAttribute('id');
    const inner = el.querySelectorAll ? el.querySelectorAll('[id]') : [];
    for (let i = 0; i < inner.length; i++) inner[i].removeAttribute('id');
  };
  // "<title> (continued)", the title's markup kept (language, direction), its links unwrapped
  const continuedTitle = (box) => {
    const again = box.querySelector(':scope > .gcm-continued-title');
    if (again) return again.cloneNode(true);
    const p = doc.createElement('p');
    p.className = 'practice-title gcm-continued-title';
    const title = box.querySelector(':scope > .practice-title');
    if (title) {
      for (let c = title.firstChild; c; c = c.nextSibling) p.appendChild(c.cloneNode(true));
      stripIds(p);
      const links = p.querySelectorAll('a');
      for (let i = 0; i < links.length; i++) links[i].replaceWith(...links[i].childNodes);
      p.appendChild(doc.createTextNode(' '));
    }
    const mark = doc.createElement('span');
    mark.className = 'practice-continued';
    mark.textContent = box.getAttribute('data-continued') || '';
    p.appendChild(mark);
    return p;
  };
  const splitAt = (box, point) => {
    // the elements cut in two: from the point's container up to the box
    const chain = [];
    const start = point.before ? point.before.parentNode : point.node.parentNode;
    for (let e = start; e && e !== box; e = e.parentNode) chain.unshift(e);
    const onPath = (i) => (i + 1 < chain.length ? chain[i + 1] : point.before || null);
    // a numbered list goes on with its numbers
    const starts = chain.map((e, i) => {
      if (e.tagName !== 'OL') return null;
      let n = 0;
      for (let c = e.firstElementChild; c && c !== onPath(i); c = c.nextElementSibling) if (c.tagName === 'LI') n++;
      return (e.start || 1) + n;
    });
    if (point.before) range.setStartBefore(point.before);
    else range.setStart(point.node, point.offset);
    range.setEnd(box, box.childNodes.length);
    const frag = range.extractContents();
    // the clones of the elements cut in two: each the first child of the one before
    let parent = frag;
    for (let i = 0; i < chain.length; i++) {
      const c = parent.firstChild;
      if (!c || c.nodeType !== 1 || c.tagName !== chain[i].tagName) break;
      c.removeAttribute('id');
      c.classList.add('gcm-split-tail');
      chain[i].classList.add('gcm-split-head');
      if (starts[i] !== null) c.setAttribute('start', String(starts[i]));
      if (c.tagName === 'TABLE' && !c.querySelector(':scope > thead')) {
        const head = chain[i].querySelector(':scope > thead');
        if (head) {
          const h = head.cloneNode(true);
          stripIds(h);
          c.insertBefore(h, c.querySelector(':scope > tbody, :scope > tr'));
        }
      }
      parent = c;
    }
    // an element left empty by the cut (the point was at its start) goes
    for (let i = chain.length - 1; i >= 0; i--) {
      const e = chain[i];
      if (!e.textContent.trim() && !e.querySelector('img, svg, canvas, video, object, embed, iframe, hr')) e.remove();
    }
    const next = box.cloneNode(false);
    // no id, and no running-header mark: the part says "(continued)" itself (and an element with
    // an id inside it must not pass for the start of a marked element, see running.ts)
    next.removeAttribute('id');
    next.removeAttribute('data-running');
    next.classList.add('gcm-continued', 'gcm-may-break');
    box.classList.add('gcm-may-break');
    next.appendChild(continuedTitle(box));
    next.appendChild(frag);
    box.after(next);
    return next;
  };
  // the second part starts a page: a column while the pages are measured, a page in print (a
  // style of its own, so that a custom style sheet cannot leave it out and the HTML report, which
  // is never cut, does not carry it)
  const forced = () => {
    if (doc.getElementById('gcm-practice-split')) return;
    const style = doc.createElement('style');
    style.id = 'gcm-practice-split';
    style.textContent = 'html.gcm-paginate .practice.gcm-continued { break-before: column !important; } ' +
      'html:not(.gcm-paginate) .practice.gcm-continued { break-before: page !important; }';
    doc.head.appendChild(style);
  };
  let splits = 0;
  const boxes = Array.from(doc.querySelectorAll('.practice[data-continued]'));
  for (let i = 0; i < boxes.length && splits < MAX_SPLITS; i++) {
    let box = boxes[i];
    // each part is measured after the cut before it (a part may go on over another page)
    let before = 0;
    for (let guard = 0; box && guard < 200 && splits < MAX_SPLITS; guard++) {
      const [a, b] = span(box);
      // a part that did not move to a later page than the one before it (no page break: a custom style)
      if (!a || b <= a || a <= before) break;
      before = a;
      const point = findSplit(box, a);
      if (!point) break;
      // only when some of the box's text stays before the cut
      const first = firstBodyText(box);
      if (!first) break;
      range.setStart(point.before ? point.before.parentNode : point.node, point.before ? Array.prototype.indexOf.call(point.before.parentNode.childNodes, point.before) : point.offset);
      range.collapse(true);
      if (range.comparePoint(first.node, first.offset) >= 0) break;
      forced();
      box = splitAt(box, point);
      splits++;
    }
  }
  return splits;
})()`;
