import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['utils/**/*.test.ts', 'scripts/**/*.test.ts', 'components/**/*.test.tsx', 'archive/**/*.test.ts'],
    testTimeout: 30_000,
  },
  resolve: { alias: { '@/': new URL('./', import.meta.url).pathname } },
});
