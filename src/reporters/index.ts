// Output formats: a Record so the compiler refuses a format without a reporter; the --format
// choices come from FORMATS.
import type { Format, Reporter } from './types.js';
import { text } from './text.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { github } from './github.js';
import { sarif } from './sarif.js';

export const REPORTERS: Record<Format, Reporter> = { text, json, junit, github, sarif };
export { FORMATS, PLAIN } from './types.js';
export type { Format, Reporter, ReportContext, Style } from './types.js';
export { failed, statusOf, summarize } from './util.js';
