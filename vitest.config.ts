import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // End-to-end tests start the real CLI several times; on a loaded 2-core CI machine a
    // handful of runs can take longer than vitest's 5 s default. Speed is measured in
    // `npm run bench`, never by a test's timeout.
    testTimeout: 30_000,
  },
});
