import { readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import rendererConfig from '../vite.config';

const root = resolve(import.meta.dirname, '..');

/** Every `<name>.worker.ts` under electron/services becomes out/main/workers/<name>.js (see services/workers/pool.ts). */
const workerEntries = Object.fromEntries(
  readdirSync(resolve(root, 'electron/services'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.worker.ts'))
    .map((f) => [`workers/${basename(f, '.worker.ts')}`, resolve(root, 'electron/services', f)]),
);

/**
 * One build for the desktop app and the browser host: main process and host (Node, ESM),
 * preload (CommonJS, because sandboxed preloads cannot be ES modules), renderer (the root
 * vite.config.ts).
 */
export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      externalizeDeps: true,
      rollupOptions: {
        input: {
          main: resolve(root, 'electron/main.ts'),
          host: resolve(root, 'electron/host.ts'),
          ...workerEntries,
        },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      externalizeDeps: false,
      rollupOptions: {
        input: { preload: resolve(root, 'electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: rendererConfig.plugins,
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      target: 'chrome130',
      minify: process.env.CONVENE_NO_MINIFY ? false : true,
      rollupOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
