import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The explorer: a static one-page app the service serves at /explore/ (see src/http/explorer.ts).
// Everything it loads is bundled here, so it works offline; `npm run build:explorer` writes dist/explorer.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/explore/',
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('../dist/explorer', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // Cytoscape is most of the bundle (about 430 kB minified) and the page needs it at once.
    chunkSizeWarningLimit: 800,
  },
});
