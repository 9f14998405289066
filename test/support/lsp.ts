// A real Language Server Protocol client for the Red Hat YAML language server (the devDependency
// yaml-language-server), as VS Code's YAML extension runs it: a child process spoken to over stdio
// with JSON-RPC. Tests open review files in it and read back what an editor would show:
// diagnostics, hover and completion.
//
// The JSON-RPC layer is vscode-jsonrpc, which comes with yaml-language-server (through
// vscode-languageserver → vscode-languageserver-protocol). It is resolved from the server's own
// dependency chain, so the test does not depend on how npm hoisted it.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const requireHere = createRequire(import.meta.url);
const serverPackage = requireHere.resolve('yaml-language-server/package.json');
/** The server's start script, as `npx yaml-language-server --stdio` would run it. */
export const SERVER_BIN = join(dirname(serverPackage), 'bin', 'yaml-language-server');
export const SERVER_VERSION = (requireHere(serverPackage) as { version: string }).version;

interface Disposable {
  dispose(): void;
}
interface MessageConnection {
  listen(): void;
  sendRequest<R>(method: string, params?: unknown): Promise<R>;
  sendNotification(method: string, params?: unknown): Promise<void>;
  onRequest(handler: (method: string, params: unknown) => unknown): Disposable;
  onNotification(handler: (method: string, params: unknown) => void): Disposable;
  dispose(): void;
}
interface JsonRpc {
  createMessageConnection(reader: unknown, writer: unknown): MessageConnection;
  StreamMessageReader: new (s: NodeJS.ReadableStream) => unknown;
  StreamMessageWriter: new (s: NodeJS.WritableStream) => unknown;
}

function loadJsonRpc(): JsonRpc {
  const fromServer = createRequire(serverPackage);
  const fromLs = createRequire(fromServer.resolve('vscode-languageserver/package.json'));
  const fromProtocol = createRequire(fromLs.resolve('vscode-languageserver-protocol/package.json'));
  return fromProtocol('vscode-jsonrpc/node') as JsonRpc;
}

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
export interface LspDiagnostic {
  range: Range;
  message: string;
  severity?: number;
  source?: string;
  code?: string | number;
}
export interface Hover {
  contents: { kind: string; value: string } | string | { language: string; value: string }[];
  range?: Range;
}
export interface CompletionItem {
  label: string;
  kind?: number;
  detail?: string;
  documentation?: string | { kind: string; value: string };
  insertText?: string;
  textEdit?: { newText: string };
  filterText?: string;
  sortText?: string;
}

/** The settings VS Code's YAML extension sends, with SchemaStore off (no network in tests). */
export function yamlSettings(schemas: Record<string, string[]> = {}): Record<string, unknown> {
  return {
    yaml: {
      validate: true,
      hover: true,
      completion: true,
      format: { enable: false },
      schemas,
      schemaStore: { enable: false },
      disableDefaultProperties: false,
      maxItemsComputed: 5000,
    },
    // any web request the server makes fails at once instead of waiting for a network
    http: { proxy: 'http://127.0.0.1:9', proxyStrictSSL: true },
    editor: { tabSize: 2, detectIndentation: false },
    '[yaml]': {},
    files: {},
  };
}

export const SEVERITY_ERROR = 1;
export const SEVERITY_INFO = 3;

export class YamlLanguageServer {
  private child: ChildProcess;
  private conn: MessageConnection;
  private version = 0;
  private diagnostics = new Map<string, { version: number | undefined; items: LspDiagnostic[] }>();
  private waiters: (() => void)[] = [];
  private stderr = '';
  private exited = false;

  private constructor(private settings: Record<string, unknown>) {
    const rpc = loadJsonRpc();
    this.child = spawn(process.execPath, [SERVER_BIN, '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      // no proxy from the environment, no telemetry
      env: { ...process.env, HTTP_PROXY: '', HTTPS_PROXY: '', http_proxy: '', https_proxy: '' },
    });
    this.child.stderr!.setEncoding('utf8');
    this.child.stderr!.on('data', (d: string) => (this.stderr = (this.stderr + d).slice(-4000)));
    this.child.on('exit', () => {
      this.exited = true;
      this.wake();
    });
    this.conn = rpc.createMessageConnection(
      new rpc.StreamMessageReader(this.child.stdout!),
      new rpc.StreamMessageWriter(this.child.stdin!),
    );
    this.conn.onRequest((method, params) => this.answer(method, params));
    this.conn.onNotification((method, params) => {
      if (method !== 'textDocument/publishDiagnostics') return;
      const p = params as { uri: string; version?: number; diagnostics: LspDiagnostic[] };
      this.diagnostics.set(p.uri, { version: p.version, items: p.diagnostics });
      this.wake();
    });
    this.conn.listen();
  }

  /** Starts the server and completes the LSP handshake. */
  static async start(settings = yamlSettings(), rootDir?: string): Promise<YamlLanguageServer> {
    const s = new YamlLanguageServer(settings);
    const rootUri = rootDir ? pathToFileURL(rootDir).href : null;
    await s.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: 'reviews' }] : null,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: {
          hover: { contentFormat: ['markdown', 'plaintext'] },
          completion: {
            completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] },
          },
          publishDiagnostics: { relatedInformation: true, versionSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
        },
      },
      initializationOptions: {},
    });
    await s.conn.sendNotification('initialized', {});
    await s.conn.sendNotification('workspace/didChangeConfiguration', { settings });
    return s;
  }

  private answer(method: string, params: unknown): unknown {
    if (method === 'workspace/configuration') {
      const items = (params as { items: { section?: string }[] }).items;
      return items.map((i) => (i.section ? (this.settings[i.section] ?? null) : this.settings));
    }
    return null; // client/registerCapability, window/workDoneProgress/create, …
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  /** Waits for a condition that notifications make true (no fixed sleeps). */
  private async until<T>(what: string, get: () => T | undefined, timeoutMs: number): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const v = get();
      if (v !== undefined) return v;
      if (this.exited) throw new Error(`yaml-language-server exited while waiting for ${what}:\n${this.stderr}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no ${what} from yaml-language-server within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  /** Opens (or replaces) a document and returns the diagnostics published for that version. */
  async open(uri: string, text: string, timeoutMs = 30_000): Promise<LspDiagnostic[]> {
    const version = ++this.version;
    this.diagnostics.delete(uri);
    await this.conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'yaml', version, text },
    });
    return this.until(
      `diagnostics for ${uri}`,
      () => {
        const d = this.diagnostics.get(uri);
        return d && (d.version === undefined || d.version === version) ? d.items : undefined;
      },
      timeoutMs,
    );
  }

  async close(uri: string): Promise<void> {
    await this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  async hover(uri: string, position: Position): Promise<Hover | null> {
    return this.conn.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
  }

  async completion(uri: string, position: Position): Promise<CompletionItem[]> {
    const r = await this.conn.sendRequest<{ items: CompletionItem[] } | CompletionItem[] | null>(
      'textDocument/completion',
      { textDocument: { uri }, position },
    );
    return Array.isArray(r) ? r : (r?.items ?? []);
  }

  async stop(): Promise<void> {
    if (this.exited) return;
    try {
      await Promise.race([
        this.conn.sendRequest('shutdown').then(() => this.conn.sendNotification('exit')),
        new Promise((r) => setTimeout(r, 5000)),
      ]);
    } catch {
      // already gone
    }
    await this.until('exit', () => (this.exited ? true : undefined), 5000).catch(() => this.child.kill());
    this.conn.dispose();
  }
}

/** Plain text of a hover, whatever shape the server chose. */
export function hoverText(h: Hover | null): string {
  if (!h) return '';
  const c = h.contents;
  if (typeof c === 'string') return c;
  if (Array.isArray(c)) return c.map((x) => (typeof x === 'string' ? x : x.value)).join('\n');
  return c.value;
}

/** The position of `needle` (its first character, or `offset` characters into it) in `text`. */
export function positionOf(text: string, needle: string, offset = 0, from = 0): Position {
  const i = text.indexOf(needle, from);
  if (i < 0) throw new Error(`"${needle}" not found`);
  const before = text.slice(0, i + offset);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}
