// The Markdown sanitizer's fast path (src/model/markdown.ts) returns exactly what sanitize-html
// returns, and it is the path real narratives take. Property tests (fast-check) compare it with
// sanitize-html on arbitrary Markdown and on arbitrary HTML-ish strings; the examples and test
// fixtures build byte-identical report models with the fast path on and off.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import sanitizeHtml from 'sanitize-html';
import { describe, expect, test } from 'vitest';
import { buildReportModel } from '../../src/model/index.js';
import {
  SANITIZE,
  SANITIZE_INLINE,
  fastPathCounts,
  inlineMarkdownHtml,
  markdownHtml,
  renderInlineMarkdown,
  renderMarkdown,
  sanitize,
  sanitizeInline,
  withSanitizeHtmlOnly,
  type MarkdownOptions,
} from '../../src/model/markdown.js';
import { EXAMPLES_DIR, exampleFiles } from '../support/examples.js';
import { loadReview } from '../render/helpers.js';

const SEED = process.env['FUZZ_SEED'] ? Number(process.env['FUZZ_SEED']) : undefined;
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 2000);
const params = { numRuns: RUNS, ...(SEED !== undefined ? { seed: SEED } : {}) };

/** Runs fn and returns how many sanitizer calls took the fast path and how many fell back. */
function counted(fn: () => void): { fast: number; fallback: number } {
  const before = { ...fastPathCounts };
  fn();
  return { fast: fastPathCounts.fast - before.fast, fallback: fastPathCounts.fallback - before.fallback };
}

// ---- arbitrary Markdown ------------------------------------------------------------------------

const MD_PIECES = [
  'Migrants',
  'word',
  ' ',
  ' ',
  '\n',
  '\n\n',
  '*',
  '**',
  '_',
  '`',
  '~~',
  '\\',
  '"',
  "'",
  '(c)',
  '&',
  '&amp;',
  '&copy;',
  '&#39;',
  '&#x3C;',
  '&quot;',
  '&nbsp;',
  '&bogus;',
  '<',
  '>',
  '<b>bold</b>',
  '<script>alert(1)</script>',
  '<a href="javascript:alert(1)">x</a>',
  '<!-- c -->',
  '<br>',
  '<img src=x onerror=alert(1)>',
  '[link](https://example.org/?a=1&b="2")',
  '[t](http://x.example "A title")',
  '[j](javascript:alert(1))',
  '[J](JAVASCRIPT:alert(1))',
  '[v](vbscript:x)',
  '[d](data:text/html,x)',
  '[f](file:///etc/passwd)',
  '[p](//evil.example)',
  '[h](#frag)',
  '[e](#)',
  '[r](relative/path)',
  '[u](HTTP://UPPER.EXAMPLE)',
  '[m](mailto:a@b.example)',
  '[tel](tel:123)',
  '[s](<java\tscript:x>)',
  '[i](https://例え.jp/パス)',
  '[q](https://x.example/a"onmouseover="x)',
  '<http://auto.example/x>',
  '<mailto:a@b.example>',
  'www.example.org/path',
  'someone@example.org',
  `https://example.org/${'a'.repeat(100)}`,
  '![alt *x*](http://127.0.0.1/x.png)',
  '![](x.png)',
  '\n- ',
  '\n* ',
  '\n1. ',
  '\n3) ',
  '\n  - ',
  '\n    - ',
  '\n> ',
  '\n# ',
  '\n## ',
  '\n###### ',
  '\n---\n',
  '\n```js\n',
  '\n```\n',
  '\n    indented code',
  '  \n',
  '\\\n',
  '\n| a | b |\n|:--|--:|\n| 1 | 2 |\n',
  '\n| x | y | z |\n|:-:|---|:--|\n| *e* | `c` | [l](https://x.example) |\n',
  '|',
  '[^1]',
  '[^note]',
  '\n\n[^1]: the note',
  '\n\n[^note]: another *note*\n\n    more of it',
  '^[inline note]',
  '[@a]',
  '[@a; @b]',
  '[@missing]',
  '[@a;@b]',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\r',
  '\r\n',
  '\t',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u200b',
  '\u200e',
  '\u200f',
  '\u202e',
  '\u2028',
  '\ufeff',
  '\ufffd',
  '\ud800',
  'مرحبا بالعالم',
  'שלום',
  '移民',
  '🇺🇳',
  'e\u0301',
];

const markdown = fc
  .array(
    fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...MD_PIECES) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

const REFS = new Map([
  ['a', 1],
  ['b', 2],
]);
const mdOptions: fc.Arbitrary<MarkdownOptions> = fc
  .record({
    headingBase: fc.integer({ min: 1, max: 7 }),
    lang: fc.constantFrom('en', 'fr', 'es', 'ar', 'xx'),
    refs: fc.boolean(),
    docId: fc.constantFrom('', 't1', 't"<2>&'),
  })
  .map(({ headingBase, lang, refs, docId }) => ({
    headingBase,
    lang,
    ...(refs ? { refs: REFS } : {}),
    ...(docId ? { docId } : {}),
  }));

describe('arbitrary Markdown: the fast path gives what sanitize-html gives', () => {
  test('renderMarkdown equals sanitize-html alone on the same markdown-it output, and mostly takes the fast path', () => {
    const n = counted(() =>
      fc.assert(
        fc.property(markdown, mdOptions, (text, opts) => {
          expect(renderMarkdown(text, opts)).toBe(sanitizeHtml(markdownHtml(text, opts), SANITIZE).trim());
        }),
        params,
      ),
    );
    // the property would hold trivially if every snippet fell back
    expect(n.fast).toBeGreaterThan(n.fallback);
  });

  test('renderInlineMarkdown equals sanitize-html alone with the titles allow-list, and mostly takes the fast path', () => {
    const n = counted(() =>
      fc.assert(
        fc.property(markdown, fc.boolean(), fc.constantFrom('en', 'fr', 'ar'), (text, refs, lang) => {
          const r = refs ? REFS : undefined;
          expect(renderInlineMarkdown(text, r, lang)).toBe(
            sanitizeHtml(inlineMarkdownHtml(text, r, lang), SANITIZE_INLINE),
          );
        }),
        params,
      ),
    );
    expect(n.fast).toBeGreaterThan(n.fallback);
  });
});

// ---- arbitrary HTML-ish strings ----------------------------------------------------------------

const ALLOWED = [...(SANITIZE.allowedTags as string[])];
const TAGS = [
  ...ALLOWED,
  'a',
  'b',
  'div',
  'h1',
  'img',
  'script',
  'style',
  'textarea',
  'title',
  'svg',
  'math',
  'iframe',
  'xmp',
  'option',
  'P',
  'Em',
  'x-y',
  'tfoot',
  'dd',
];
const ATTR_NAMES = [
  'href',
  'rel',
  'id',
  'class',
  'style',
  'scope',
  'start',
  'title',
  'onclick',
  'src',
  'HREF',
  'data-x',
];
const GOOD_VALUES = [
  '#x',
  '#fn-t1-1',
  'http://x.example/?a=1&amp;b=2',
  'https://x.example/&quot;',
  'mailto:a@b.example',
  'cite',
  'md-table',
  'footnote-ref',
  'footnote-item',
  'footnotes-sep',
  'footnotes',
  'footnotes-list',
  'footnote-backref',
  'cite cite',
  'text-align:start',
  'text-align:end',
  'text-align:center',
  'col',
  '3',
  'noopener',
  '&lt;x&gt;',
  "it's",
  'مرحبا',
];
const ODD_VALUES = [
  '',
  '#',
  'HTTPS://x',
  'http:x',
  'javascript:alert(1)',
  'java&#x09;script:x',
  ' javascript:x',
  'jav\u0000ascript:x',
  '//evil.example',
  '\\\\evil.example',
  'relative',
  'data:x',
  'tel:1',
  ' cite',
  'cite ',
  'cite  cite',
  'cite\u00a0cite',
  'x',
  'text-align:left',
  'text-align: start',
  'text-align:start;',
  'TEXT-ALIGN:start',
  'color:red',
  'text-align:start;color:red',
  '&amp',
  '&copy;',
  '&#34;',
  'a"b',
  "a'b",
  'a>b',
  'a<b',
  'a\tb',
  'a\nb',
];
const VALUES = [...GOOD_VALUES, ...ODD_VALUES];
const TEXTS = [
  'text',
  ' ',
  '\n',
  '&amp;',
  '&lt;',
  '&gt;',
  '&quot;',
  '&amp;quot;',
  '&amp',
  '&copy;',
  '&#38;',
  '&#x3C;',
  '&#0;',
  '&bogus;',
  '&',
  '"',
  "'",
  '>',
  '<',
  '< p>',
  '<!-- c -->',
  '<![CDATA[x]]>',
  '<?pi?>',
  '<!doctype html>',
  '</>',
  '\u0000',
  '\r',
  '\r\n',
  '\u00a0',
  '\u202e',
  'مرحبا',
  '↩︎',
  '\ud800',
];
const SAFE_TEXTS = [
  'text',
  ' ',
  '\n',
  '&amp;',
  '&lt;',
  '&gt;',
  '&quot;',
  '"',
  "'",
  '=',
  '\u00a0',
  'مرحبا',
  '↩︎',
  '\u0000',
  '\r',
  '\f',
  '\u001b',
  '\ud800',
  '\ufeff',
];

const attr = fc
  .tuple(
    fc.constantFrom(...ATTR_NAMES),
    fc.constantFrom(...VALUES),
    fc.constantFrom(' n="v"', " n='v'", ' n=v', ' n', '  n="v"', '\tn="v"', ' n = "v"'),
  )
  .map(([n, v, form]) => form.replace('n', n).replace('v', v));
const openTag = fc
  .tuple(fc.constantFrom(...TAGS), fc.array(attr, { maxLength: 3 }), fc.constantFrom('>', '>', '>', ' />', '/>', ' >'))
  .map(([t, a, end]) => `<${t}${a.join('')}${end}`);
const closeTag = fc.tuple(fc.constantFrom(...TAGS), fc.constantFrom('>', ' >')).map(([t, end]) => `</${t}${end}`);
/** Any mix of tags, attributes, entities and text pieces: mostly malformed. */
const htmlSoup = fc
  .array(fc.oneof(openTag, closeTag, fc.constantFrom(...TEXTS)), { maxLength: 25 })
  .map((p) => p.join(''));

const goodAttr = fc
  .tuple(
    fc.constantFrom('href', 'rel', 'id', 'class', 'style', 'scope', 'start', 'title'),
    fc.constantFrom(...GOOD_VALUES),
  )
  .map(([n, v]) => ` ${n}="${v}"`);
/** Nested elements written as markdown-it writes them: often well-formed, nesting in any order. */
const { node: htmlTree } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...SAFE_TEXTS),
    fc
      .tuple(
        fc.constantFrom(...ALLOWED, 'a', 'b'),
        fc.array(goodAttr, { maxLength: 3 }),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.constantFrom(...SAFE_TEXTS),
      )
      .map(([t, a, kids, text]) =>
        t === 'br' || t === 'hr' ? `<${t}${a.join('')}>${text}` : `<${t}${a.join('')}>${kids.join('')}</${t}>`,
      ),
  ),
}));

describe('arbitrary HTML: the fast path gives what sanitize-html gives', () => {
  test('sanitize() equals sanitize-html with the report allow-list on tag soup', () => {
    fc.assert(
      fc.property(htmlSoup, (html) => {
        expect(sanitize(html)).toBe(sanitizeHtml(html, SANITIZE));
      }),
      params,
    );
  });

  test('sanitize() equals sanitize-html with the report allow-list on nested elements, often by the fast path', () => {
    const n = counted(() =>
      fc.assert(
        fc.property(htmlTree, (html) => {
          expect(sanitize(html)).toBe(sanitizeHtml(html, SANITIZE));
        }),
        params,
      ),
    );
    expect(n.fast).toBeGreaterThan(RUNS / 5);
  });

  test('sanitizeInline() equals sanitize-html with the titles allow-list on tag soup and nested elements', () => {
    const n = counted(() =>
      fc.assert(
        fc.property(fc.oneof(htmlSoup, htmlTree), (html) => {
          expect(sanitizeInline(html)).toBe(sanitizeHtml(html, SANITIZE_INLINE));
        }),
        params,
      ),
    );
    expect(n.fast).toBeGreaterThan(RUNS / 10);
  });
});

// ---- what sanitize-html changes, the fast path changes the same way -----------------------------

describe('the fast path writes sanitize-html canonical form', () => {
  const cases: [string, string][] = [
    ['text &quot;quoted&quot; &amp; &lt;b&gt;', 'text "quoted" &amp; &lt;b&gt;'],
    ['<p>a<br>\nb</p>\n<hr>', '<p>a<br />\nb</p>\n<hr />'],
    ['<p><a href="https://x.example/?a=1&amp;b=&quot;2&quot;">x</a></p>', ''],
    ['<a href="http://x.example" title="T">x</a>', '<a href="http://x.example" rel="noopener noreferrer">x</a>'],
    ['<a href="#ref-a" class="cite">1</a>', '<a href="#ref-a" class="cite">1</a>'],
    ['<a href="mailto:a@b.example" rel="me">m</a>', '<a href="mailto:a@b.example" rel="noopener noreferrer">m</a>'],
    ['<table>\n<tbody>\n<tr>\n<td style="text-align:center">1</td>\n</tr>\n</tbody>\n</table>', ''],
    ['<pre><code class="language-js">x &lt; 1\n</code></pre>', '<pre><code>x &lt; 1\n</code></pre>'],
    ['<hr class="footnotes-sep">', '<hr class="footnotes-sep" />'],
    ['<p class="x" onclick="alert(1)">a</p>', '<p>a</p>'],
  ];
  test.each(cases)('%j comes out as sanitize-html writes it, by the fast path', (html, expected) => {
    const n = counted(() => {
      const out = sanitize(html);
      expect(out).toBe(sanitizeHtml(html, SANITIZE));
      if (expected) expect(out).toBe(expected);
    });
    expect(n).toEqual({ fast: 1, fallback: 0 });
  });

  const refused = [
    '<a href="javascript:alert(1)">x</a>',
    '<a href="JAVASCRIPT:alert(1)">x</a>',
    '<a href="relative">x</a>',
    '<a href="HTTPS://x.example">x</a>',
    '<a href="">x</a>',
    '<p><p>nested</p></p>',
    '<ul><li>a<li>b</li></ul>',
    '<table><tr><td>a<td>b</td></tr></table>',
    '<em><strong>crossed</em></strong>',
    '<p>unclosed',
    '</p>',
    '</br>',
    '<P>upper</P>',
    '<span class=" cite">a</span>',
    '<td style="text-align:left">a</td>',
    '<td style="text-align: start">a</td>',
    "<a href='#x'>single</a>",
    '<a href=#x>bare</a>',
    '<a  href="#x">two spaces</a>',
    '<a href="#x" href="#y">twice</a>',
    '<br/>',
    '<p />',
    'x &copy; y',
    'x &amp y',
    'x > y',
    '<!-- c -->',
    '<script>alert(1)</script>',
    '<svg><p>x</p></svg>',
    '<img src="x">',
  ];
  test.each(refused)('%j is left to sanitize-html, with the same result', (html) => {
    const n = counted(() => expect(sanitize(html)).toBe(sanitizeHtml(html, SANITIZE)));
    expect(n).toEqual({ fast: 0, fallback: 1 });
  });

  test('titles: a link loses its tag and keeps its text, a citation keeps its span, by the fast path', () => {
    const html = inlineMarkdownHtml('A *fine* [link](https://x.example) [@a]', REFS);
    const n = counted(() => {
      expect(sanitizeInline(html)).toBe('A <em>fine</em> link <span class="cite">[1]</span>');
      expect(sanitizeInline(html)).toBe(sanitizeHtml(html, SANITIZE_INLINE));
    });
    expect(n).toEqual({ fast: 2, fallback: 0 });
  });

  test('very deep nesting is handled without recursion and matches sanitize-html', () => {
    const depth = 10_000;
    const html = `<blockquote>${'<em>'.repeat(depth)}x${'</em>'.repeat(depth)}</blockquote>`;
    const n = counted(() => expect(sanitize(html)).toBe(sanitizeHtml(html, SANITIZE)));
    expect(n.fast).toBe(1);
  });
});

// ---- every narrative of the examples and fixtures ----------------------------------------------

const ROOT = join(import.meta.dirname, '..', '..');
const REVIEW_FILES = [
  ...exampleFiles().map((f) => join(EXAMPLES_DIR, f)),
  ...['test/fixtures/valid', 'test/fixtures/render', 'test/report/fixtures'].flatMap((d) =>
    readdirSync(join(ROOT, d))
      .filter((f) => f.endsWith('.gcm.yaml') && !f.startsWith('invalid'))
      .map((f) => join(ROOT, d, f)),
  ),
];

describe('examples and fixtures render byte-identically with the fast path', () => {
  test('every report model (each language, PDF and HTML mode) is the same as with sanitize-html alone, and the examples take the fast path', async () => {
    const examples = { fast: 0, fallback: 0 };
    for (const file of REVIEW_FILES) {
      const review = await loadReview(file);
      for (const lang of ['en', 'fr', 'es', 'ar']) {
        for (const mode of ['pdf', 'html'] as const) {
          let fast = '';
          const n = counted(() => (fast = JSON.stringify(buildReportModel(review, { lang, mode }))));
          const slow = JSON.stringify(withSanitizeHtmlOnly(() => buildReportModel(review, { lang, mode })));
          expect(fast, `${file} (${lang}, ${mode})`).toBe(slow);
          if (file.startsWith(EXAMPLES_DIR)) {
            examples.fast += n.fast;
            examples.fallback += n.fallback;
          }
        }
      }
    }
    // a regression to sanitize-html for everything would pass the comparison above: not this
    expect(examples.fast + examples.fallback).toBeGreaterThan(1000);
    expect(examples.fast / (examples.fast + examples.fallback)).toBeGreaterThanOrEqual(0.95);
  });
});
