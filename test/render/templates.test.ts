// Templates and the HTML document: self-contained, accessible outline, safe custom templates
// whose mistakes are reported with file and line.
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { UserError } from '../../src/diagnostics/index.js';
import { reportHtml } from '../../src/render/html.js';
import { TemplateError, cssCounterText, cssString, loadTemplates } from '../../src/render/templates.js';
import { EXAMPLES, FIXTURES, loadReview, removeTempDirs, tempDir } from './helpers.js';

const TPL = join(FIXTURES, 'templates');
afterAll(removeTempDirs);

async function templateError(dir: string): Promise<TemplateError> {
  try {
    await loadTemplates(dir);
  } catch (err) {
    expect(err).toBeInstanceOf(TemplateError);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).exitCode).toBe(2);
    return err as TemplateError;
  }
  throw new Error(`no error for ${dir}`);
}

/** Heading levels in document order. */
const headings = (html: string) => [...html.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));

describe('the HTML report', async () => {
  const templates = await loadTemplates();
  const full = await loadReview(join(EXAMPLES, 'full-en.gcm.yaml'));
  const html = reportHtml(full, { mode: 'html', templates });

  test('is self-contained: inline CSS and SVG, no script, no external resource, no file: URL', () => {
    expect(html).not.toMatch(/<script\b/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/<iframe|<object|<embed/i);
    expect(html).not.toMatch(/file:/i);
    for (const m of html.matchAll(/\s(?:src|srcset|poster|data)\s*=\s*"([^"]*)"/gi)) expect(m[1]).toMatch(/^data:/);
    for (const m of html.matchAll(/url\(\s*['"]?([^'")\s]*)/gi)) expect(m[1]).toMatch(/^(data:|#)/);
    for (const m of html.matchAll(/<a\b[^>]*\shref="([^"]*)"/gi)) expect(m[1]).toMatch(/^(#|https?:\/\/|mailto:)/);
    expect(html).toContain('<style>');
    expect(html).toMatch(/<svg\b/);
  });

  test('heading outline never skips a level, and every table header cell has a scope', () => {
    const levels = headings(html);
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]!, `heading #${i}`).toBeLessThanOrEqual(levels[i - 1]! + 1);
    const ths = [...html.matchAll(/<th\b[^>]*>/g)].map((m) => m[0]);
    expect(ths.length).toBeGreaterThan(50);
    for (const th of ths) expect(th).toMatch(/scope="(col|row)"/);
  });

  test('has lang on <html>, a title, and no page numbers in the contents (a browser has no pages)', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\s*<html lang="en" dir="ltr"/);
    expect(html).toContain('<title>Voluntary National Review of the Implementation');
    expect(html).not.toContain('data-page-of');
    expect(html).not.toContain('gcm-paginate');
  });

  test('the PDF version carries the page-number cells and the pagination layout', () => {
    const pdfHtml = reportHtml(full, { mode: 'pdf', templates });
    expect(pdfHtml).toMatch(/<html [^>]*class="gcm-paginate /);
    expect(pdfHtml.match(/data-page-of="/g)!.length).toBeGreaterThan(25);
    expect(pdfHtml).toContain('column-fill: auto');
  });

  test('Arabic: right to left, Arabic fonts first', async () => {
    const ar = reportHtml(await loadReview(join(EXAMPLES, 'review-ar.gcm.yaml')), { mode: 'html', templates });
    expect(ar).toMatch(/<html lang="ar" dir="rtl"/);
    expect(ar).toContain("html:lang(ar) {\n  --font-body: 'Noto Naskh Arabic'");
    expect(ar).toMatch(/@top-right \{ content: var\(--gcm-running, var\(--gcm-running-header\)\)/);
  });

  test('user text in the running header is a CSS string that cannot break out', () => {
    const nasty = 'A"; } body { display: none } @page { x: "\\ </style><script>';
    const css = cssString(nasty);
    expect(css.startsWith('"') && css.endsWith('"')).toBe(true);
    const inner = css.slice(1, -1);
    expect(inner).not.toMatch(/(^|[^\\])"/);
    expect(inner).not.toMatch(/[<>;{}]/);
    expect(cssCounterText('Page {page} of {pages}')).toBe('"Page " counter(page) " of " counter(pages)');
    expect(cssCounterText('{page}/{pages}')).toBe('counter(page) "/" counter(pages)');
  });
});

describe('custom templates', () => {
  test('a folder overrides a subset: a partial, styles.css and theme.css after the page rules, a logo as a data: URL', async () => {
    const t = await loadTemplates(join(TPL, 'custom'));
    expect(t.overridden.sort()).toEqual(['logo.svg', 'partials/cover.hbs', 'styles.css', 'theme.css']);
    const html = reportHtml(await loadReview(join(FIXTURES, 'minimal.gcm.yaml')), { mode: 'html', templates: t });
    expect(html).toContain('Custom cover · Voluntary national review');
    expect(html).toContain('<img class="cover-logo" src="data:image/svg+xml;base64,');
    const page = html.indexOf('@page {');
    expect(html.indexOf('.cover-kicker { letter-spacing: 0.3em; }')).toBeGreaterThan(page);
    expect(html.indexOf('--color-primary: #6b1d4f')).toBeGreaterThan(
      html.indexOf('.cover-kicker { letter-spacing: 0.3em; }'),
    );
    // the default style is still there, before them
    expect(html.indexOf('--color-primary: #17406d')).toBeGreaterThan(0);
    expect(html.indexOf('--color-primary: #17406d')).toBeLessThan(page);
    // the rest is still the default template
    expect(html).toContain('class="toc');
  });

  test('a Handlebars syntax error names the file and the line', async () => {
    const e = await templateError(join(TPL, 'bad-syntax'));
    expect(e.message).toMatch(/bad-syntax\/partials\/objective\.hbs:[35]/);
    expect(e.file).toMatch(/objective\.hbs$/);
  });

  test('raw output of user text is refused, with file:line:column', async () => {
    const e = await templateError(join(TPL, 'raw-html'));
    expect(e.message).toMatch(
      /raw-html\/report\.hbs:5:5: \{\{\{meta\.submitterName\}\}\} would put raw HTML on the page/,
    );
    expect(e.hint).toMatch(/Triple braces are only for fields that are already safe HTML/);
  });

  test('an unknown partial or helper is reported where it is used', async () => {
    expect((await templateError(join(TPL, 'bad-partial'))).message).toMatch(
      /toc\.hbs:2:3: the partial "table-of-contents" does not exist/,
    );
    expect((await templateError(join(TPL, 'bad-helper'))).message).toMatch(/report\.hbs:4:5: unknown helper "shout"/);
  });

  test('a missing or empty folder is a clear error', async () => {
    expect((await templateError(join(TPL, 'no-such-folder'))).message).toMatch(/does not exist/);
    expect((await templateError(tempDir('gcm-empty-tpl-'))).message).toMatch(/holds no template files/);
  });
});
