import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/**
 * `virtual:countries`: each ISO 3166-1 alpha-2 code (the API's country ids) with its numeric code
 * (world-atlas's shape ids) and a point inside it (for countries too small for the world's shapes),
 * taken at build time from world-countries, the package extraction's country gazetteer is built from: a few kB
 * instead of the whole file in the page.
 */
function countryCodes(): Plugin {
  const id = 'virtual:countries';
  return {
    name: 'newsgraph-country-codes',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(resolved) {
      if (resolved !== `\0${id}`) return undefined;
      const world = createRequire(import.meta.url)('world-countries/countries.json') as Array<{ cca2: string; ccn3: string; latlng: [number, number] }>;
      const codes = Object.fromEntries(world.map((c) => [c.cca2, { numeric: c.ccn3 || null, lat: c.latlng[0], lng: c.latlng[1] }]));
      return `export default ${JSON.stringify(codes)};`;
    },
  };
}

// The explorer: a static one-page app the service serves at /explore/ (see src/http/explorer.ts).
// Everything it loads is bundled here, so it works offline; `npm run build:explorer` writes dist/explorer.
export default defineConfig(({ command }) => ({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/explore/',
  publicDir: false,
  plugins: [countryCodes()],
  // A build is for production whoever runs it: Vite picks packages' "development" exports (Lit's dev build,
  // with its warnings and checks) when NODE_ENV is not "production", as it is not under the test runner,
  // whose browser tests build the explorer the service serves.
  resolve: command === 'build' ? { conditions: ['module', 'browser', 'production'] } : {},
  build: {
    outDir: fileURLToPath(new URL('../dist/explorer', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // Cytoscape is most of the bundle (about 430 kB minified) and the page needs it at once.
    chunkSizeWarningLimit: 800,
  },
}));
