import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import { repoRoot } from '../config.js';

/**
 * The analyst explorer (explorer/): a static one-page app built by Vite into dist/explorer
 * (`npm run build:explorer`, run by `npm install`), served here at /explore/. It talks to the
 * public GraphQL API only, like any other client.
 */
export const EXPLORER_PATH = '/explore';
export const EXPLORER_DIR = path.join(repoRoot, 'dist', 'explorer');

// Only this service's scripts and API. Cytoscape.js inserts one <style> element, hence
// 'unsafe-inline' for styles (scripts stay strict).
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function mountExplorer(app: Express, dir = EXPLORER_DIR): void {
  const index = path.join(dir, 'index.html');
  app.use(EXPLORER_PATH, (_req, res, next) => {
    res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
    res.setHeader('x-content-type-options', 'nosniff');
    if (existsSync(index)) return next();
    res
      .status(503)
      .type('text/plain')
      .send(`The explorer is not built: run \`npm run build:explorer\` (npm install does it), then reload.\n`);
  });
  // Hashed file names: an asset never changes, so browsers may keep it.
  app.use(`${EXPLORER_PATH}/assets`, express.static(path.join(dir, 'assets'), { immutable: true, maxAge: '1y', index: false }), (req, res) => {
    res.status(404).type('text/plain').send(`No explorer asset ${req.path}\n`);
  });
  app.use(EXPLORER_PATH, express.static(dir, { index: 'index.html', maxAge: 0 }));
  // Any other address under /explore/ is the app (its state is in the query string).
  app.get(`${EXPLORER_PATH}/{*rest}`, (_req, res) => {
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
}
