// The precise path: the `yaml` package, which keeps node ranges; depth and alias expansion capped.
import { createRequire } from 'node:module';
import type { Document, LineCounter, Node as YamlNode } from 'yaml';
import { MAX_ALIAS_COUNT, MAX_DEPTH, lineStarts, problem, type Position, type Problem } from './common.js';
import { emptyProblem, shortTag, tooDeepProblem, yamlErrorProblem } from './messages.js';
import { vt } from '../i18n/validate/index.js';

// ---- precise path ---------------------------------------------------------------------------------

export interface PreciseParse {
  /** Absent when the text could not be composed at all (nesting too deep). */
  doc?: Document.Parsed;
  lineCounter: LineCounter;
  /** The data, when the text parsed well enough to be checked (possibly with some problems). */
  data?: unknown;
  problems: Problem[];
}

export type YamlModule = typeof import('yaml');
let yamlModule: YamlModule | undefined;
/** The `yaml` package is loaded only when a file needs the precise path (it costs ~100 ms cold). */
export function yamlLib(): YamlModule {
  return (yamlModule ??= createRequire(import.meta.url)('yaml') as YamlModule);
}

/** Whether the `yaml` package has been loaded (tests check a valid file never loads it). */
export function preciseParserLoaded(): boolean {
  return yamlModule !== undefined;
}

/** The key a scalar key node becomes in the data (as `toJS` writes it), or undefined for others. */
export function keyString(node: unknown, Y: YamlModule): string | undefined {
  if (!Y.isScalar(node)) return undefined;
  return node.value === null || node.value === undefined ? '' : String(node.value);
}

/** Problems after which the data is still meaningful, so the file is checked against the schema too. */
const RECOVERABLE = new Set(['duplicate-key', 'yaml-tag']);

/** `lang`: the language of the problems' messages (the validate catalog's, loaded by the caller). */
export function parsePrecise(text: string, lang = 'en'): PreciseParse {
  const Y = yamlLib();
  const lineCounter = new Y.LineCounter();
  const pos = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const problems: Problem[] = [];

  // The CST parser is iterative; composing is recursive, so depth is checked in between.
  // line starts are counted here, from the text: the lexer's own count drifts after some syntax
  // errors (newlines inside a token it recovers from are not reported), which put later problems
  // on the wrong lines
  for (const start of lineStarts(text)) lineCounter.addNewLine(start);
  const tokens = [...new Y.Parser().parse(text)];
  const deepAt = tooDeep(tokens);
  if (deepAt !== undefined) {
    problems.push(tooDeepProblem(pos(deepAt), lang));
    return { lineCounter, problems };
  }

  const composer = new Y.Composer({
    version: '1.2',
    schema: 'core',
    merge: false,
    resolveKnownTags: false,
    // keys are compared as the data will hold them: 7 and "7" are the same key
    uniqueKeys: (a, b) => {
      const ka = keyString(a, Y);
      return ka !== undefined ? ka === keyString(b, Y) : a === b;
    },
  });
  let doc: Document.Parsed | undefined;
  try {
    for (const d of composer.compose(tokens, true, text.length)) {
      if (!doc) doc = d;
      else {
        problems.push(
          problem(
            'multiple-documents',
            vt(lang, 'yaml.multipleDocs'),
            pos(d.range[0]),
            vt(lang, 'yaml.multipleDocs.hint'),
          ),
        );
        break;
      }
    }
  } catch (err) {
    problems.push(
      err instanceof RangeError
        ? tooDeepProblem({ line: 1, column: 1 }, lang)
        : problem('yaml-syntax', vt(lang, 'yaml.unreadable', { detail: (err as Error).message })),
    );
    return { lineCounter, problems };
  }
  if (!doc) return { lineCounter, problems: [...problems, emptyProblem(lang)] };

  const lines = text.split('\n');
  const seenLines = new Set<number>();
  for (const err of doc.errors) {
    let offset = err.pos[0];
    // a quoted text never closed is reported at its end: point at where it opens
    const quote = err.code === 'MISSING_CHAR' ? openingQuote(doc, offset, Y, text) : undefined;
    if (quote !== undefined) offset = quote;
    const p = yamlErrorProblem(err.code, err.message, pos(offset), lines, text, offset, quote !== undefined, lang);
    // one problem per line: a syntax error usually drags a few follow-on errors along
    if (p.code !== 'duplicate-key' && seenLines.has(p.line)) continue;
    seenLines.add(p.line);
    problems.push(p);
  }
  for (const w of doc.warnings) {
    if (w.code !== 'TAG_RESOLVE_FAILED') continue;
    const tag = /tag: ?(\S+)/.exec(w.message)?.[1];
    problems.push(
      problem(
        'yaml-tag',
        tag ? vt(lang, 'yaml.tag.named', { tag: shortTag(tag) }) : vt(lang, 'yaml.tag'),
        pos(w.pos[0]),
        vt(lang, 'yaml.tag.hint'),
      ),
    );
  }
  if (problems.some((p) => !RECOVERABLE.has(p.code))) return { doc, lineCounter, problems };

  if (doc.contents === null || (Y.isScalar(doc.contents) && doc.contents.value === null && !hasContent(text))) {
    problems.push(emptyProblem(lang));
    return { doc, lineCounter, problems };
  }

  // a list or map used as a key would become "[object]"-like text; refuse it (and spare the warning)
  let complexKeyAt: number | undefined;
  Y.visit(doc, {
    Pair(_k, pair) {
      const key = Y.isAlias(pair.key) ? pair.key.resolve(doc!) : pair.key;
      if (Y.isCollection(key)) {
        complexKeyAt = (pair.key as YamlNode).range?.[0] ?? 0;
        return Y.visit.BREAK;
      }
      return undefined;
    },
  });
  if (complexKeyAt !== undefined) {
    problems.push(
      problem('complex-key', vt(lang, 'yaml.complexKey'), pos(complexKeyAt), vt(lang, 'yaml.complexKey.hint')),
    );
    return { doc, lineCounter, problems };
  }

  try {
    const data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { doc, lineCounter, data, problems };
  } catch (err) {
    const msg = (err as Error).message ?? '';
    // toJS throws a ReferenceError for an alias that refers to nothing and for too many expansions:
    // told apart by the document, not by the message
    const unresolved = err instanceof ReferenceError ? unresolvedAlias(doc, Y) : undefined;
    if (err instanceof RangeError) {
      problems.push(tooDeepProblem({ line: 1, column: 1 }, lang));
    } else if (err instanceof ReferenceError && unresolved !== undefined) {
      problems.push(
        problem(
          'yaml-alias',
          vt(lang, 'yaml.aliasUnresolved', { name: unresolved.name }),
          unresolved.at !== undefined ? pos(unresolved.at) : { line: 1, column: 1 },
          vt(lang, 'yaml.alias.hint'),
        ),
      );
    } else if (err instanceof ReferenceError) {
      // the only other reference error of toJS: too many alias expansions
      const first = firstAlias(doc, Y);
      problems.push(
        problem(
          'alias-limit',
          vt(lang, 'yaml.aliasLimit', { max: MAX_ALIAS_COUNT }),
          first !== undefined ? pos(first) : { line: 1, column: 1 },
          vt(lang, 'yaml.aliasLimit.hint'),
        ),
      );
    } else {
      problems.push(problem('yaml-syntax', vt(lang, 'yaml.unreadable', { detail: msg })));
    }
    return { doc, lineCounter, problems };
  }
}

/** Where the quoted text around `offset` starts, when that text is never closed. */
function openingQuote(doc: Document.Parsed, offset: number, Y: YamlModule, text: string): number | undefined {
  let at: number | undefined;
  Y.visit(doc, {
    Scalar(_k, node) {
      const r = node.range;
      if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && r && r[0] < offset && offset <= r[2]) {
        const q = text[r[0]];
        if (r[1] - r[0] < 2 || text[r[1] - 1] !== q) at = r[0];
        return Y.visit.BREAK;
      }
      return undefined;
    },
  });
  return at;
}

/** Offset of the first collection nested deeper than MAX_DEPTH in the CST (walked without recursion). */
function tooDeep(tokens: readonly unknown[]): number | undefined {
  type Tok = { type?: string; offset?: number; value?: unknown; key?: unknown; items?: Tok[] };
  const stack: [Tok, number][] = [];
  for (const t of tokens) stack.push([t as Tok, 0]);
  while (stack.length) {
    const [t, depth] = stack.pop()!;
    if (!t || typeof t !== 'object') continue;
    let d = depth;
    if (t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection') {
      d++;
      if (d > MAX_DEPTH) return t.offset ?? 0;
    }
    if (t.type === 'document' && t.value) stack.push([t.value as Tok, d]);
    if (Array.isArray(t.items)) {
      for (const it of t.items) {
        if (it.key) stack.push([it.key as Tok, d]);
        if (it.value) stack.push([it.value as Tok, d]);
      }
    }
  }
  return undefined;
}

function hasContent(text: string): boolean {
  return text.split('\n').some((l) => {
    const t = l.trim();
    return t !== '' && !t.startsWith('#') && t !== '---' && t !== '...' && !t.startsWith('%');
  });
}

/** The first alias that refers to no anchor, with where it is. */
function unresolvedAlias(doc: Document.Parsed, Y: YamlModule): { at: number | undefined; name: string } | undefined {
  let found: { at: number | undefined; name: string } | undefined;
  Y.visit(doc, {
    Alias(_k, node) {
      if (node.resolve(doc) === undefined) {
        found = { at: node.range?.[0], name: node.source };
        return Y.visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

function firstAlias(doc: Document.Parsed, Y: YamlModule): number | undefined {
  let at: number | undefined;
  Y.visit(doc, {
    Alias(_k, node) {
      at = node.range?.[0];
      return Y.visit.BREAK;
    },
  });
  return at;
}
