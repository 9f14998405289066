// Atomic file writes: write a temporary file beside the target, fsync it, rename it over the
// target, then fsync the directory. A crash or a kill at any moment leaves either the old file or
// the new one, never a truncated mix.
//
// The target's symbolic links are written through (the link stays a link and its real file gets
// the new content), and the real file keeps its permission bits (a 0600 review stays 0600) and,
// where the process may, its owner. Temporary files of ours left by a killed run (same name, a
// process that no longer exists) are removed before a new write.
import { chmod, chown, open, readdir, realpath, rename, rm, stat } from 'node:fs/promises';
import {
  chmodSync,
  chownSync,
  closeSync,
  fsyncSync,
  openSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

const TEMP = /^\.(.+)\.(\d+)\.[0-9a-z]+\.tmp$/;

function tempName(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Our own temporary files for `target` whose writer is gone. */
function staleTemps(target: string, names: string[]): string[] {
  const base = basename(target);
  return names
    .filter((n) => {
      const m = TEMP.exec(n);
      return m !== null && m[1] === base && !alive(Number(m[2]));
    })
    .map((n) => join(dirname(target), n));
}

/** The file a write to `target` should replace: the end of its symbolic links, if it exists. */
async function realTarget(target: string): Promise<{ path: string; st?: Stats }> {
  try {
    const path = await realpath(target);
    return { path, st: await stat(path) };
  } catch {
    return { path: target };
  }
}

function realTargetSync(target: string): { path: string; st?: Stats } {
  try {
    const path = realpathSync(target);
    return { path, st: statSync(path) };
  } catch {
    return { path: target };
  }
}

export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const { path, st } = await realTarget(target);
  try {
    for (const f of staleTemps(path, await readdir(dirname(path)))) await rm(f, { force: true });
  } catch {
    // listing the folder is a courtesy; the write below says what is wrong with it
  }
  const tmp = tempName(path);
  let handle;
  try {
    handle = await open(tmp, 'wx', st ? st.mode & 0o7777 : 0o644);
    if (st) {
      await chmod(tmp, st.mode & 0o7777); // the umask does not apply to a copy of the old mode
      await chown(tmp, st.uid, st.gid).catch(() => {});
    }
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(tmp, path);
  } catch (err) {
    await handle?.close().catch(() => {});
    await rm(tmp, { force: true }).catch(() => {});
    throw err;
  }
  await syncDir(dirname(path));
}

/** Synchronous variant, for saving from a signal handler or an exit path. */
export function writeFileAtomicSync(target: string, data: string | Uint8Array): void {
  const { path, st } = realTargetSync(target);
  try {
    for (const f of staleTemps(path, readdirSync(dirname(path)))) rmSync(f, { force: true });
  } catch {
    // as above
  }
  const tmp = tempName(path);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', st ? st.mode & 0o7777 : 0o644);
    if (st) {
      chmodSync(tmp, st.mode & 0o7777);
      try {
        chownSync(tmp, st.uid, st.gid);
      } catch {
        // not the owner: the file becomes ours, as any editor's save would make it
      }
    }
    const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let off = 0;
    while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
  } catch (err) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    throw err;
  }
  try {
    const dfd = openSync(dirname(path), 'r');
    try {
      fsyncSync(dfd);
    } finally {
      closeSync(dfd);
    }
  } catch {
    // directory fsync is best effort (not supported on every file system)
  }
}

async function syncDir(dir: string): Promise<void> {
  try {
    const h = await open(dir, 'r');
    try {
      await h.sync();
    } finally {
      await h.close();
    }
  } catch {
    // best effort
  }
}
