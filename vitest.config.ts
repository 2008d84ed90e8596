import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two projects: the pure core and extension modules under happy-dom, and the browser tests that drive
// the built extension in real Chromium and Firefox (node environment, one file at a time). The browser
// tests run after the unit tests (groupOrder), never beside them: projects otherwise run in parallel,
// and the sweeps then timed the click on a machine busy with the unit tests' workers.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          environment: 'happy-dom',
          sequence: { groupOrder: 0 },
          include: ['tests/lib/**/*.test.{ts,tsx}', 'tests/extension/**/*.test.{ts,tsx}'],
        },
      },
      {
        plugins: [WxtVitest()],
        test: {
          name: 'browser',
          environment: 'node',
          sequence: { groupOrder: 1 },
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
