// Report templates: Handlebars (report.hbs + partials/*.hbs) and CSS, the default set in
// templates/ and any subset overridden from a custom folder (--template DIR).
//
// Every template is parsed on its own first, so a mistake is reported with the file and line.
// The parsed templates are then checked: a triple-stash {{{x}}} (raw HTML) is allowed only on
// fields the view model marks as already safe (names ending in html/Html/svg/Svg, and css);
// every partial and helper used must exist.
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { UserError } from '../diagnostics/index.js';
import { format, isMessageKey, t as translate, type MessageKey } from '../i18n/index.js';
import type { ReportModel } from '../model/types.js';

/** The default templates shipped with gcm-review (beside src/ and dist/). */
export const DEFAULT_TEMPLATE_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

/** A template problem: names the file and line; exit code 2. */
export class TemplateError extends UserError {
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
    hint?: string,
  ) {
    super(message, 2, hint);
    this.name = 'TemplateError';
  }
}

export interface TemplateSet {
  /** Renders the whole HTML document. `css` is the stylesheet to inline. */
  render(model: ReportModel, css: string): string;
  /** The default report stylesheet (templates/styles.css). */
  styles: string;
  /** A custom folder's styles.css then theme.css, added after the default style and the page rules. */
  theme: string;
  /** Logo as a data: URL (DIR/logo.svg|png|jpg|jpeg|webp). */
  logo?: string;
  /** Which files came from the custom folder (for messages). */
  overridden: string[];
}

/** Helpers templates may use. */
export const HELPERS = ['t', 'eq', 'ne', 'not', 'and', 'or', 'join', 'cssString', 'cssCounterText'] as const;
const BUILTIN_HELPERS = new Set([
  'if',
  'unless',
  'each',
  'with',
  'lookup',
  'log',
  'blockHelperMissing',
  'helperMissing',
]);
const SAFE_RAW = /(^|\.)(html|[A-Za-z0-9_]*Html|svg|[A-Za-z0-9_]*Svg|css)$/;

/** Escapes text for a double-quoted CSS string (header text in page-margin boxes). */
export function cssString(value: unknown): string {
  const s = String(value ?? '');
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (
      cp < 0x20 ||
      cp === 0x7f ||
      ch === '<' ||
      ch === '>' ||
      ch === '&' ||
      ch === ';' ||
      ch === '{' ||
      ch === '}'
    )
      out += `\\${cp.toString(16)} `;
    else out += ch;
  }
  return out + '"';
}

/** "Page {page} of {pages}" → "Page " counter(page) " of " counter(pages) (a CSS content value). */
export function cssCounterText(template: unknown): string {
  const parts = String(template ?? '').split(/(\{page\}|\{pages\})/);
  const out: string[] = [];
  for (const p of parts) {
    if (p === '{page}') out.push('counter(page)');
    else if (p === '{pages}') out.push('counter(pages)');
    else if (p) out.push(cssString(p));
  }
  return out.join(' ') || '""';
}

function makeEnv(): typeof Handlebars {
  const hb = Handlebars.create();
  hb.registerHelper('t', function (this: unknown, key: unknown, options: Handlebars.HelperOptions) {
    const root = options.data?.root as ReportModel | undefined;
    const lang = root?.lang ?? 'en';
    const params: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(options.hash ?? {})) params[k] = typeof v === 'number' ? v : String(v ?? '');
    const table = root?.strings as Record<string, string> | undefined;
    const k = String(key);
    const s = table && Object.hasOwn(table, k) && typeof table[k] === 'string' ? table[k] : undefined;
    return s !== undefined ? format(s, params) : translate(lang, k as MessageKey, params);
  });
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('ne', (a: unknown, b: unknown) => a !== b);
  hb.registerHelper('not', (a: unknown) => !a);
  hb.registerHelper('and', (...args: unknown[]) => args.slice(0, -1).every(Boolean));
  hb.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean));
  hb.registerHelper('join', (list: unknown, sep: unknown) =>
    Array.isArray(list) ? list.join(typeof sep === 'string' ? sep : ', ') : '',
  );
  hb.registerHelper('cssString', (v: unknown) => cssString(v));
  hb.registerHelper('cssCounterText', (v: unknown) => cssCounterText(v));
  return hb;
}

interface Source {
  name: string;
  /** Path shown in messages. */
  file: string;
  text: string;
}

type Node = { type: string; loc?: { start: { line: number; column: number } } } & Record<string, unknown>;

function parseChecked(hb: typeof Handlebars, src: Source): hbs.AST.Program {
  try {
    return hb.parse(src.text);
  } catch (err) {
    const e = err as Error & {
      lineNumber?: number;
      column?: number;
      hash?: { loc?: { first_line?: number; first_column?: number } };
    };
    const line = e.lineNumber ?? e.hash?.loc?.first_line ?? Number(/line (\d+)/.exec(e.message)?.[1] ?? NaN);
    const col = e.column ?? e.hash?.loc?.first_column;
    const where = Number.isFinite(line) ? `${src.file}:${line}${col !== undefined ? `:${col + 1}` : ''}` : src.file;
    const detail = e.message.replace(/^Parse error on line \d+:\n?/, '').trim();
    const mismatch = /^(\S+) doesn't match (\S+) - (\d+):(\d+)$/.exec(detail);
    const lines = detail.split('\n');
    const expecting = lines.length >= 3 && /^Expecting /.test(lines[lines.length - 1]!);
    const message = mismatch
      ? `{{#${mismatch[1]}}} opened here is closed by {{/${mismatch[2]}}}`
      : expecting
        ? `a {{ … }} here is not well formed (${/got '([^']+)'/.exec(lines[lines.length - 1]!)?.[1] === 'EOF' ? 'the template ends inside it' : 'unexpected text'})`
        : (lines.pop() ?? detail);
    throw new TemplateError(
      `template error in ${where}: ${message}`,
      src.file,
      Number.isFinite(line) ? line : undefined,
      expecting
        ? `The template is Handlebars (https://handlebarsjs.com/guide/). Around the place shown:\n${lines.slice(0, -1).join('\n')}`
        : 'The template is Handlebars: see https://handlebarsjs.com/guide/ for its syntax.',
    );
  }
}

function pathName(node: unknown): string | undefined {
  const n = node as { type?: string; original?: unknown; parts?: string[] };
  if (n?.type === 'PathExpression') return typeof n.original === 'string' ? n.original : n.parts?.join('.');
  return undefined;
}

/** Checks a parsed template: raw output only for safe fields, known partials and helpers. */
function checkAst(ast: hbs.AST.Program, src: Source, partials: ReadonlySet<string>): void {
  const fail = (node: Node, msg: string, hint?: string): never => {
    const l = node.loc?.start;
    const where = l ? `${src.file}:${l.line}:${l.column + 1}` : src.file;
    throw new TemplateError(`template error in ${where}: ${msg}`, src.file, l?.line, hint);
  };
  const helperCall = (node: Node, name: string | undefined, hasParams: boolean) => {
    if (!name || !hasParams) return;
    if (name.includes('.') || name.startsWith('@') || name === 'this') return;
    if (!(HELPERS as readonly string[]).includes(name) && !BUILTIN_HELPERS.has(name)) {
      fail(
        node,
        `unknown helper "${name}"`,
        `Helpers available: ${[...HELPERS].join(', ')}, and Handlebars' if, unless, each, with, lookup.`,
      );
    }
  };
  // {{t "key"}}: the key must name one of the report's fixed strings (a typo, or "__proto__")
  const textKey = (node: Node) => {
    if (pathName(node['path']) !== 't') return;
    const first = ((node['params'] as { type?: string; value?: unknown }[]) ?? [])[0];
    if (first?.type === 'StringLiteral' && !isMessageKey(String(first.value)))
      fail(
        node,
        `{{t "${String(first.value)}"}} names no report text`,
        'The keys are those of src/i18n/en.ts (for example "toc.title"); see README, "Custom templates".',
      );
  };
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const v of value) visit(v);
      return;
    }
    if (!value || typeof value !== 'object') return;
    const node = value as Node;
    switch (node.type) {
      case 'MustacheStatement': {
        const name = pathName(node['path']);
        const params = (node['params'] as unknown[]) ?? [];
        const hash = node['hash'] as { pairs?: unknown[] } | undefined;
        if (node['escaped'] === false && !(name && SAFE_RAW.test(name) && params.length === 0)) {
          fail(
            node,
            `{{{${name ?? '…'}}}} would put raw HTML on the page`,
            'Use {{ }} (escaped) for text. Triple braces are only for fields that are already safe HTML: names ending in html, Html, svg, Svg, or css.',
          );
        }
        helperCall(node, name, params.length > 0 || (hash?.pairs?.length ?? 0) > 0);
        textKey(node);
        break;
      }
      case 'SubExpression':
        helperCall(node, pathName(node['path']), true);
        textKey(node);
        break;
      case 'BlockStatement': {
        const name = pathName(node['path']);
        helperCall(node, name, ((node['params'] as unknown[]) ?? []).length > 0);
        break;
      }
      case 'PartialStatement':
      case 'PartialBlockStatement': {
        const nameNode = node['name'] as { type?: string; original?: unknown };
        if (nameNode?.type === 'PathExpression' || nameNode?.type === 'StringLiteral') {
          const name = String(nameNode.original);
          if (!partials.has(name) && node.type === 'PartialStatement')
            fail(
              node,
              `the partial "${name}" does not exist`,
              `Partials available: ${[...partials].sort().join(', ')}.`,
            );
        }
        break;
      }
    }
    for (const [k, v] of Object.entries(node)) if (k !== 'loc' && v && typeof v === 'object') visit(v);
  };
  visit(ast.body);
}

async function readIf(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new TemplateError(`cannot read the template file ${path}: ${(err as Error).message}`);
  }
}

async function partialFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(join(dir, 'partials'))).filter((f) => f.endsWith('.hbs')).sort();
  } catch {
    return [];
  }
}

const LOGO_TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
};

const cache = new Map<string, Promise<TemplateSet>>();
/** Set on an error thrown inside a partial: the partial's file. */
const TEMPLATE_FILE = Symbol('gcm-review template file');

/** Loads (once per folder) and checks the template set: the defaults, then a custom folder's files over them. */
export function loadTemplates(customDir?: string): Promise<TemplateSet> {
  const key = customDir ?? '';
  let p = cache.get(key);
  if (!p) {
    p = load(customDir);
    cache.set(key, p);
    p.catch(() => cache.delete(key));
  }
  return p;
}

async function load(customDir?: string): Promise<TemplateSet> {
  const def = DEFAULT_TEMPLATE_DIR;
  const show = (path: string) => {
    const r = relative(process.cwd(), path);
    return r && !r.startsWith('..') ? r : path;
  };
  const sources = new Map<string, Source>(); // "report" or "partials/name"
  const reportText = await readIf(join(def, 'report.hbs'));
  if (reportText === undefined)
    throw new TemplateError(
      `the default report template is missing: ${join(def, 'report.hbs')} (a broken installation?)`,
    );
  sources.set('report', { name: 'report', file: show(join(def, 'report.hbs')), text: reportText });
  for (const f of await partialFiles(def)) {
    sources.set(`partials/${f}`, {
      name: f.slice(0, -4),
      file: show(join(def, 'partials', f)),
      text: await readFile(join(def, 'partials', f), 'utf8'),
    });
  }
  const styles = (await readIf(join(def, 'styles.css'))) ?? '';
  let theme = '';
  let logo: string | undefined;
  const overridden: string[] = [];

  if (customDir) {
    let st;
    try {
      st = await stat(customDir);
    } catch {
      throw new TemplateError(
        `the template folder ${customDir} does not exist`,
        customDir,
        undefined,
        'Give --template a folder holding report.hbs, partials/*.hbs, styles.css, theme.css or logo.svg.',
      );
    }
    if (!st.isDirectory()) throw new TemplateError(`--template needs a folder, and ${customDir} is a file`, customDir);
    const r = await readIf(join(customDir, 'report.hbs'));
    if (r !== undefined) {
      sources.set('report', { name: 'report', file: show(join(customDir, 'report.hbs')), text: r });
      overridden.push('report.hbs');
    }
    for (const f of await partialFiles(customDir)) {
      sources.set(`partials/${f}`, {
        name: f.slice(0, -4),
        file: show(join(customDir, 'partials', f)),
        text: await readFile(join(customDir, 'partials', f), 'utf8'),
      });
      overridden.push(`partials/${f}`);
    }
    // both are added after the default style (and after the page rules), in this order
    const added: string[] = [];
    for (const name of ['styles.css', 'theme.css']) {
      const css = await readIf(join(customDir, name));
      if (css === undefined) continue;
      added.push(`/* ${name} from ${show(customDir).replace(/\*\//g, '* /')} */\n${css}`);
      overridden.push(name);
    }
    theme = added.join('\n');
    for (const ext of Object.keys(LOGO_TYPES)) {
      const path = join(customDir, `logo${ext}`);
      try {
        const bytes = await readFile(path);
        if (bytes.length > 2 * 1024 * 1024) throw new TemplateError(`the logo ${show(path)} is larger than 2 MB`, path);
        logo = `data:${LOGO_TYPES[ext]};base64,${bytes.toString('base64')}`;
        overridden.push(basename(path));
        break;
      } catch (err) {
        if (err instanceof TemplateError) throw err;
      }
    }
    if (!overridden.length) {
      throw new TemplateError(
        `the template folder ${customDir} holds no template files`,
        customDir,
        undefined,
        'A custom template folder may hold report.hbs, partials/*.hbs, styles.css and theme.css (added after the default style) and logo.svg/png/jpg/webp. See README, "Rendering reports".',
      );
    }
  }

  const hb = makeEnv();
  const partialNames = new Set([...sources].filter(([key]) => key !== 'report').map(([, src]) => src.name));
  const asts = new Map<string, hbs.AST.Program>();
  for (const [key, src] of sources) {
    const ast = parseChecked(hb, src);
    checkAst(ast, src, partialNames);
    asts.set(key, ast);
  }
  for (const [key, src] of sources) {
    if (key === 'report') continue;
    const fn = hb.compile(asts.get(key)!, { preventIndent: true });
    // an error while a partial runs names that partial's file, not report.hbs
    const partial: Handlebars.TemplateDelegate = (ctx, opts) => {
      try {
        return fn(ctx, opts);
      } catch (err) {
        if (err && typeof err === 'object' && !(TEMPLATE_FILE in err))
          Object.defineProperty(err, TEMPLATE_FILE, { value: src.file });
        throw err;
      }
    };
    hb.registerPartial(src.name, partial);
  }
  const reportSrc = sources.get('report')!;
  const report = hb.compile(asts.get('report')!, { preventIndent: true });

  return {
    styles,
    theme,
    ...(logo ? { logo } : {}),
    overridden,
    render(model, css) {
      try {
        return report({ ...model, css }, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
      } catch (err) {
        const e = err as Error & { lineNumber?: number; [TEMPLATE_FILE]?: string };
        const file = e[TEMPLATE_FILE] ?? reportSrc.file;
        throw new TemplateError(
          `template error while rendering ${file}${e.lineNumber ? `:${e.lineNumber}` : ''}: ${e.message}`,
          file,
          e.lineNumber,
        );
      }
    },
  };
}

/** Makes CSS safe to put inside <style>: a "</style" in it would end the element. */
export function cssForStyleElement(css: string): string {
  return css.replace(/<\/(style)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}
