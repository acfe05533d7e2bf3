// @ts-check
import { defineConfig } from 'astro/config';

// The benchmark sets every folder, so a copy of this template never writes into the project.
export default defineConfig({
  output: 'static',
  outDir: process.env.BENCH_OUT_DIR,
  cacheDir: process.env.BENCH_CACHE_DIR,
});
