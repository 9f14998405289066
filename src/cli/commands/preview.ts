// `gcm-review preview FILE`: the HTML report on http://127.0.0.1:PORT/, rebuilt on every save.
// Runs until Ctrl-C (exit 0); a file that cannot be read or a port in use is exit 2.
import { Option, type Command } from 'commander';
import { stat } from 'node:fs/promises';
import { UserError } from '../../diagnostics/index.js';
import { globalOptions } from '../output.js';
import { VERSION } from '../version.js';

interface PreviewCliOptions {
  port?: number;
  lang?: string;
  order?: 'objective' | 'roundtable';
  templateDir?: string;
}

function parsePort(v: string): number {
  if (!/^\d{1,5}$/.test(v.trim()) || Number(v) > 65535)
    throw new UserError(`--port: “${v}” is not a port number (1024–65535, or 0 for a free one).`, 2);
  return Number(v);
}

export function registerPreview(program: Command): void {
  program
    .command('preview')
    .description('show the report in your browser, updated every time the file is saved')
    .argument('<file>', 'the review file, e.g. my-country.gcm.yaml')
    .option('-p, --port <number>', 'port on 127.0.0.1 (default: a free one)', parsePort)
    .option('--lang <code>', 'report language (default: the review’s first language)')
    .addOption(new Option('--order <order>', 'order of the objectives').choices(['objective', 'roundtable']))
    .option('--template-dir <dir>', 'folder with custom templates (as for render)')
    .addHelpText(
      'after',
      `
Examples:
  gcm-review preview my-country.gcm.yaml              prints the address to open
  gcm-review preview my-country.gcm.yaml --port 8080  http://127.0.0.1:8080/

Open the printed address in a browser on this computer. Every time the file is saved the
report is rebuilt and the page updates itself; while the file is not valid, the page shows the
problems (as "gcm-review validate" words them) over the last valid report. The preview is
served on 127.0.0.1 only, never to the network. Stop it with Ctrl-C.`,
    )
    .action(async (file: string, opts: PreviewCliOptions, cmd: Command) => {
      const g = globalOptions(cmd);
      try {
        const st = await stat(file);
        if (!st.isFile()) throw new UserError(`${file} is not a review file (it is a folder or a special file).`, 2);
      } catch (err) {
        if (err instanceof UserError) throw err;
        throw new UserError(
          `${file} cannot be read: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'it does not exist' : (err as Error).message}.`,
          2,
          'Check the name, or create the review first with "gcm-review init".',
        );
      }
      const { startPreview } = await import('../../preview/index.js');
      const time = () => new Date().toTimeString().slice(0, 8);
      let first = true;
      const server = await startPreview({
        file,
        ...(opts.port !== undefined ? { port: opts.port } : {}),
        ...(opts.lang ? { lang: opts.lang } : {}),
        ...(opts.order ? { order: opts.order } : {}),
        ...(opts.templateDir ? { templateDir: opts.templateDir } : {}),
        version: VERSION,
        onBuild(s) {
          if (first) return;
          if (s.errors) process.stderr.write(`${time()} ${file} is not valid: the page shows the problems.\n`);
          else if (!g.quiet) process.stderr.write(`${time()} updated\n`);
        },
      });
      first = false;
      const s = server.state();
      process.stdout.write(`${server.url}\n`);
      if (!g.quiet)
        process.stderr.write(
          `Preview of ${file}: open ${server.url} in your browser. It updates on every save; Ctrl-C stops it.\n`,
        );
      if (s.errors) process.stderr.write(`${file} is not valid yet: the page shows the problems.\n`);
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void server.close().then(resolve, resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
      if (!g.quiet) process.stderr.write('Preview stopped.\n');
      process.exitCode = 0;
    });
}
