import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // 2 cores: more workers only fight over them (and over Chromium in the render tests)
    maxWorkers: 2,
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
