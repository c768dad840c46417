/**
 * Test setup for the whole project.
 *
 * Three projects share the root options (`extends: true`):
 * - `components`: `test/components/**` — Vue SFCs mounted in happy-dom;
 * - `browser`: `test/browser/**` — drive a real Chromium, so files run one at a time and after the rest;
 * - `node`: every other `test/**\/*.test.ts` (ingest, analyze, plan, render, …) in plain Node.
 */
import vue from '@vitejs/plugin-vue'
import { configDefaults, defineConfig } from 'vitest/config'

const COMPONENTS = 'test/components/**/*.test.ts'
// Everything that runs Slidev (build, export, dev server) or a browser: one file at a time, because two
// Slidev processes in one project collide in node_modules/.slidev and fight over 2 cores.
const SERIAL = ['test/browser/**/*.test.ts', 'test/export/**/*.test.ts', 'test/live/dev.test.ts', 'test/cli/faults.test.ts']

export default defineConfig({
  plugins: [vue()],
  test: {
    // No root `include`: with `extends: true` arrays are concatenated, so each project lists its own
    // files and together they cover test/**/*.test.ts.
    // Browser tests build and print a deck; generous, but finite.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    projects: [
      {
        extends: true,
        test: { name: 'components', include: [COMPONENTS], environment: 'happy-dom', sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: SERIAL,
          environment: 'node',
          // One Chromium at a time: parallel builds and exports fight over CPU and ports.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, COMPONENTS, ...SERIAL],
          environment: 'node',
          sequence: { groupOrder: 0 },
        },
      },
    ],
  },
})
