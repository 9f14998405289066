// What the benchmarks share: PASS/FAIL lines and the exit code they make, medians, a scratch
// folder removed at exit, and the machine's load printed beside the numbers.
import { mkdtempSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';

const results = [];
/** Prints a target's PASS/FAIL line; the process then exits 1 if any target failed (0 otherwise). */
export function target(name, ok, detail) {
  results.push({ name, ok });
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}: ${detail}`);
  process.exitCode = results.every((r) => r.ok) ? 0 : 1;
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A new folder under the system's temporary folder, removed when the process exits. */
export function scratchDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** "machine: 2 cores, load average …" for the top of a benchmark's output. */
export function machineLine() {
  const load = os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
  return `machine: ${os.cpus().length} cores, load average ${load} (numbers move when the machine is busy)\n`;
}
