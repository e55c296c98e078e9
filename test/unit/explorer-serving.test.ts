import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mountExplorer } from '../../src/http/explorer.ts';

/** An Express app serving the explorer from `dir`, on a free port. */
async function serve(dir: string) {
  const app = express();
  mountExplorer(app, dir);
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

describe('the explorer at /explore', () => {
  const built = mkdtempSync(path.join(tmpdir(), 'explorer-'));
  mkdirSync(path.join(built, 'assets'));
  writeFileSync(path.join(built, 'index.html'), '<!doctype html><title>explorer</title><script type="module" src="/explore/assets/app-1.js"></script>');
  writeFileSync(path.join(built, 'assets', 'app-1.js'), 'console.log(1)');
  // Beside the built folder: one `..` away from it.
  const secret = path.join(path.dirname(built), `${path.basename(built)}-secret.txt`);
  writeFileSync(secret, 'not for you');
  let app: Awaited<ReturnType<typeof serve>>;
  let missing: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    app = await serve(built);
    missing = await serve(path.join(built, 'not-built'));
  });
  afterAll(() => {
    app.close();
    missing.close();
    rmSync(built, { recursive: true, force: true });
    rmSync(secret, { force: true });
  });

  it('serves the page under a strict CSP, at its address and at any deep link', async () => {
    for (const at of ['/explore/', '/explore/anything/else?view=countries']) {
      const res = await fetch(app.base + at);
      expect(res.status, at).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(await res.text()).toContain('<title>explorer</title>');
    }
    const bare = await fetch(`${app.base}/explore`, { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/explore/');
  });

  it('serves hashed assets as long-lived, and a missing asset is a 404, not the page', async () => {
    const js = await fetch(`${app.base}/explore/assets/app-1.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toContain('javascript');
    expect(js.headers.get('cache-control')).toContain('immutable');
    const gone = await fetch(`${app.base}/explore/assets/app-0.js`);
    expect(gone.status).toBe(404);
    expect(await gone.text()).toContain('No explorer asset');
    for (const at of [`/explore/..%2F${path.basename(secret)}`, `/explore/assets/..%2F..%2F${path.basename(secret)}`]) {
      const escape = await fetch(app.base + at);
      expect(escape.status, at).not.toBe(500);
      expect(await escape.text(), at).not.toContain('not for you');
    }
  });

  it('says how to build it when it has not been built', async () => {
    const res = await fetch(`${missing.base}/explore/`);
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('npm run build:explorer');
  });
});
