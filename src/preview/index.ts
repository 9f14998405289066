// Live preview (`gcm-review preview FILE`): the HTML report served on the loopback interface,
// rebuilt on every save and reloaded in the page.
//
//   GET /         the preview page: the report in a sandboxed frame, and a status bar; a small
//                 script of ours (the only script, allowed by nonce) listens for updates
//   GET /report   the last good report: the same HTML as `render --format html`, sent with a
//                 Content-Security-Policy that allows no script, no network and no frames
//   GET /events   server-sent events: {version, errors} after every rebuild
//   GET /state    the same as JSON (for scripts and tests)
//
// The server listens on 127.0.0.1 only and answers only requests addressed to 127.0.0.1 or
// localhost (a web page elsewhere cannot read it through DNS rebinding). When the file becomes
// invalid, the page shows the validation errors (the same words as `validate`) over the last good
// report, which stays visible.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename } from 'node:path';
import { UserError } from '../diagnostics/index.js';
import type { ReportOrder } from '../model/index.js';
import { loadTemplates, reportHtml } from '../render/index.js';
import { PLAIN, REPORTERS } from '../reporters/index.js';
import { checkFile } from '../validate/index.js';

export const LOOPBACK = '127.0.0.1';

export interface PreviewOptions {
  file: string;
  /** 0 (default): a free port. */
  port?: number;
  lang?: string;
  order?: ReportOrder;
  templateDir?: string;
  /** gcm-review version shown on the report's cover (the CLI passes its own). */
  version?: string;
  /** Called after every rebuild. */
  onBuild?: (state: PreviewState) => void;
  /** Ms to wait for writes to settle before rebuilding (default 80). */
  settleMs?: number;
}

export interface PreviewState {
  /** Increases with every good rebuild (0: no valid version seen yet). */
  version: number;
  /** Rebuilds done, good or bad. */
  builds: number;
  /** The validation report when the file is currently not valid, else null. */
  errors: string | null;
  /** When the state last changed (ISO time). */
  at: string;
}

export interface PreviewServer {
  url: string;
  port: number;
  state(): PreviewState;
  /** Rebuild now (the watcher calls it on every save). */
  rebuild(): Promise<PreviewState>;
  close(): Promise<void>;
}

const REPORT_CSP =
  "default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function placeholder(file: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>No report yet</title>
<style>body{font:16px/1.5 sans-serif;margin:3rem;color:#444}</style></head>
<body><p>No valid version of ${esc(basename(file))} yet. The report appears here as soon as the file is valid.</p></body></html>`;
}

function page(file: string, nonce: string): string {
  const name = esc(basename(file));
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Preview: ${name}</title>
<style>
html, body { margin: 0; height: 100%; font: 14px/1.4 "Noto Sans", Arial, sans-serif; }
body { display: flex; flex-direction: column; }
#bar { padding: .35rem .8rem; background: #1f3b57; color: #fff; display: flex; gap: 1rem; align-items: center; }
#bar .file { font-weight: 600; }
#bar[data-state="error"] { background: #8a1c14; }
#bar[data-state="offline"] { background: #555; }
#stage { position: relative; flex: 1; }
#report { border: 0; width: 100%; height: 100%; display: block; background: #fff; }
#errors { position: absolute; left: 1rem; right: 1rem; top: 1rem; max-height: 60%; overflow: auto; margin: 0;
  background: #fff4f3; border: 2px solid #b3261e; border-radius: .3rem; padding: .8rem 1rem;
  box-shadow: 0 .3rem 1.2rem rgba(0,0,0,.25); white-space: pre-wrap; font: 13px/1.45 "Noto Sans Mono", monospace; color: #3b0a06; }
#errors[hidden] { display: none; }
#errors strong { display: block; font: 600 14px/1.4 "Noto Sans", Arial, sans-serif; margin-bottom: .4rem; }
</style>
</head>
<body>
<div id="bar" data-state="ok" role="status" aria-live="polite"><span class="file">${name}</span><span id="status">Loading…</span></div>
<div id="stage">
<iframe id="report" title="Report preview" sandbox="allow-same-origin" src="/report?v=0"></iframe>
<pre id="errors" role="alert" hidden></pre>
</div>
<script nonce="${nonce}">
(function () {
  var frame = document.getElementById('report');
  var errors = document.getElementById('errors');
  var bar = document.getElementById('bar');
  var status = document.getElementById('status');
  var shown = -1;
  function time(iso) { try { return new Date(iso).toLocaleTimeString(); } catch (e) { return iso; } }
  function apply(s) {
    if (s.version !== shown) {
      shown = s.version;
      var y = frame.contentWindow ? frame.contentWindow.scrollY : 0;
      frame.addEventListener('load', function once() {
        frame.removeEventListener('load', once);
        try { frame.contentWindow.scrollTo(0, y); } catch (e) {}
      });
      frame.src = '/report?v=' + s.version;
    }
    if (s.errors) {
      errors.textContent = '';
      var title = document.createElement('strong');
      title.textContent = 'The file is not valid: the report below is the last valid version. Correct these problems and save:';
      errors.appendChild(title);
      errors.appendChild(document.createTextNode(s.errors));
      errors.hidden = false;
      bar.dataset.state = 'error';
      status.textContent = 'Not valid (saved ' + time(s.at) + ')';
    } else {
      errors.hidden = true;
      bar.dataset.state = 'ok';
      status.textContent = s.version ? 'Updated ' + time(s.at) : 'Waiting for a valid version';
    }
    document.documentElement.dataset.version = String(s.version);
    document.documentElement.dataset.builds = String(s.builds);
  }
  var events = new EventSource('/events');
  events.addEventListener('state', function (e) { apply(JSON.parse(e.data)); });
  events.onerror = function () { bar.dataset.state = 'offline'; status.textContent = 'Preview stopped (gcm-review preview is not running)'; };
})();
</script>
</body>
</html>
`;
}

/** Starts the preview server and the first build. Throws a UserError for a bad file or port. */
export async function startPreview(opts: PreviewOptions): Promise<PreviewServer> {
  const templates = await loadTemplates(opts.templateDir);
  let state: PreviewState = { version: 0, builds: 0, errors: null, at: new Date().toISOString() };
  let html = placeholder(opts.file);
  const clients = new Set<ServerResponse>();
  const nonce = randomBytes(16).toString('base64');

  const send = (res: ServerResponse) => res.write(`event: state\ndata: ${JSON.stringify(state)}\n\n`);

  let running: Promise<PreviewState> | undefined;
  let again = false;
  async function build(): Promise<PreviewState> {
    const r = await checkFile(opts.file);
    const at = new Date().toISOString();
    if (r.review && !r.diagnostics.some((d) => d.severity === 'error')) {
      try {
        html = reportHtml(r.review, {
          mode: 'html',
          templates,
          ...(opts.lang ? { lang: opts.lang } : {}),
          ...(opts.order ? { order: opts.order } : {}),
          ...(opts.version ? { version: opts.version } : {}),
        });
        state = { version: state.version + 1, builds: state.builds + 1, errors: null, at };
      } catch (err) {
        state = {
          ...state,
          builds: state.builds + 1,
          errors: `The report could not be built: ${(err as Error).message}`,
          at,
        };
      }
    } else {
      const report = REPORTERS.text([r], {
        cwd: process.cwd(),
        toolVersion: '',
        strict: false,
        verbosity: 'quiet',
        style: PLAIN,
        sourceLine: () => undefined,
      });
      state = { ...state, builds: state.builds + 1, errors: report.trimEnd(), at };
    }
    for (const c of clients) send(c);
    opts.onBuild?.(state);
    return state;
  }
  /** One build at a time; a save during a build triggers one more. */
  function rebuild(): Promise<PreviewState> {
    if (running) {
      again = true;
      return running;
    }
    running = build().finally(() => {
      running = undefined;
      if (again) {
        again = false;
        void rebuild();
      }
    });
    return running;
  }

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const port = (server.address() as AddressInfo).port;
    const host = (req.headers.host ?? '').toLowerCase();
    if (host !== `${LOOPBACK}:${port}` && host !== `localhost:${port}`) {
      res
        .writeHead(403, { 'content-type': 'text/plain; charset=utf-8' })
        .end('Forbidden: open the preview at its printed address.\n');
      return;
    }
    const path = (req.url ?? '/').split('?')[0];
    const common = {
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...common, allow: 'GET, HEAD' }).end();
      return;
    }
    if (path === '/') {
      res
        .writeHead(200, {
          ...common,
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'unsafe-inline'; connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
        })
        .end(page(opts.file, nonce));
    } else if (path === '/report') {
      res
        .writeHead(200, {
          ...common,
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': REPORT_CSP,
        })
        .end(html);
    } else if (path === '/state') {
      res.writeHead(200, { ...common, 'content-type': 'application/json' }).end(JSON.stringify(state));
    } else if (path === '/events') {
      res.writeHead(200, { ...common, 'content-type': 'text/event-stream', connection: 'keep-alive' });
      clients.add(res);
      req.on('close', () => clients.delete(res));
      send(res);
    } else {
      res.writeHead(404, { ...common, 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE')
        reject(
          new UserError(
            `port ${opts.port} is already in use.`,
            2,
            'Choose another with --port, or leave --port out to use a free one.',
          ),
        );
      else if (err.code === 'EACCES')
        reject(new UserError(`port ${opts.port} may not be used by this user.`, 2, 'Use a port above 1024.'));
      else reject(err);
    });
    server.listen(opts.port ?? 0, LOOPBACK, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  await rebuild();

  const { watch } = await import('chokidar');
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch(opts.file, { ignoreInitial: true, atomic: true });
  const onChange = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void rebuild(), opts.settleMs ?? 80);
  };
  watcher.on('add', onChange).on('change', onChange).on('unlink', onChange);
  watcher.on('error', () => {
    /* a watcher error (file gone for a moment) is shown by the next build */
  });
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));

  return {
    url: `http://${LOOPBACK}:${port}/`,
    port,
    state: () => state,
    rebuild,
    async close() {
      clearTimeout(timer);
      await watcher.close();
      for (const c of clients) c.end();
      clients.clear();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await running;
    },
  };
}
