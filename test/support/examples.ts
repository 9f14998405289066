// The example reviews in examples/, for tests that check each one. A missing or empty folder is an
// error, never an empty list: a test that iterates over the examples must not pass by checking none.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const EXAMPLES_DIR = join(import.meta.dirname, '..', '..', 'examples');

/** File names of the example reviews (*.gcm.yaml), sorted; throws when there are none. */
export function exampleFiles(dir = EXAMPLES_DIR): string[] {
  if (!existsSync(dir)) throw new Error(`${dir} is missing: the tests that check every example need it`);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.gcm.yaml'))
    .sort();
  if (files.length === 0)
    throw new Error(`${dir} holds no *.gcm.yaml example: the tests that check every example need them`);
  return files;
}
