#!/usr/bin/env node
// The shipped CLI is the bundle (faster start-up); the unbundled build serves when it is missing.
let mod;
try {
  mod = await import('../dist/bundle/main.js');
} catch (err) {
  if (err?.code !== 'ERR_MODULE_NOT_FOUND' || !String(err.message).includes('dist/bundle/main.js')) throw err;
  mod = await import('../dist/cli/main.js');
}
process.exitCode = await mod.main(process.argv);
