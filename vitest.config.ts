// Test projects by kind (tests/README.md): `unit` needs only `npm install`; the others need Debian packages or built guests.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/isa/**/*.test.ts', 'tests/fpu/**/*.test.ts', 'tests/web/**/*.test.ts', 'tests/boot/tinyos.test.ts', 'tests/boot/cli.test.ts'], testTimeout: 60_000 } },
      { test: { name: 'differential', include: ['tests/differential/**/*.test.ts'], testTimeout: 600_000, hookTimeout: 600_000 } },
      { test: { name: 'boot', include: ['tests/boot/**/*.test.ts'], exclude: ['tests/boot/tinyos.test.ts', 'tests/boot/cli.test.ts'], testTimeout: 600_000, hookTimeout: 600_000 } },
      { test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 300_000, fileParallelism: false } },
    ],
  },
});
