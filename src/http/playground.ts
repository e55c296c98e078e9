import { createRequire } from 'node:module';
import path from 'node:path';
import type { Express, Request, Response } from 'express';
import { type ExamplePicks, examplesFor, PLAYGROUND_EXAMPLES, type PlaygroundExample } from './playground-examples.js';

/**
 * An offline GraphiQL: the page, GraphiQL and React are all served by this
 * service from node_modules (the UMD builds), so the playground works on a
 * machine without internet and loads nothing from a CDN.
 */
const PLAYGROUND_ASSETS_PATH = '/playground-assets';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

/** A closed map: the request names a key, never a path. */
const ASSETS: Record<string, { file: string; type: string }> = {
  'graphiql.min.css': { file: path.join(packageDir('graphiql'), 'graphiql.min.css'), type: 'text/css' },
  'graphiql.min.js': { file: path.join(packageDir('graphiql'), 'graphiql.min.js'), type: 'text/javascript' },
  'react.production.min.js': { file: path.join(packageDir('react'), 'umd', 'react.production.min.js'), type: 'text/javascript' },
  'react-dom.production.min.js': { file: path.join(packageDir('react-dom'), 'umd', 'react-dom.production.min.js'), type: 'text/javascript' },
};

// Runs in the browser. GraphiQL's fetcher POSTs JSON, which passes Apollo's CSRF check.
const CLIENT_SCRIPT = `(function () {
  var config = JSON.parse(document.getElementById('playground-config').textContent);
  var fetcher = GraphiQL.createFetcher({ url: config.endpoint });
  var note = config.introspection ? '' : '# Introspection is off on this service (INTROSPECTION=false): queries run, without completion or docs.\\n';
  var tabs = config.examples.map(function (e) {
    return { query: note + e.query, variables: e.variables ? JSON.stringify(e.variables, null, 2) : undefined };
  });
  var props = { fetcher: fetcher, defaultTabs: tabs, defaultEditorToolsVisibility: false, shouldPersistHeaders: false };
  // schema: null tells GraphiQL not to ask for the schema, which the service would refuse.
  if (!config.introspection) props.schema = null;
  ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, props));
})();
`;

// The page runs only this service's scripts; GraphiQL needs inline styles and data: fonts.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** JSON safe inside a <script> element: no "</script>" or "<!--" can close it early. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function playgroundHtml(endpoint: string, introspection: boolean, examples: readonly PlaygroundExample[] = PLAYGROUND_EXAMPLES): string {
  const a = PLAYGROUND_ASSETS_PATH;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newsgraph GraphQL playground</title>
<link rel="stylesheet" href="${a}/graphiql.min.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading the playground…</div>
<script id="playground-config" type="application/json">${scriptJson({ endpoint, examples, introspection })}</script>
<script src="${a}/react.production.min.js"></script>
<script src="${a}/react-dom.production.min.js"></script>
<script src="${a}/graphiql.min.js"></script>
<script src="${a}/playground.js"></script>
</body>
</html>
`;
}

/**
 * A browser navigating to the endpoint asks for HTML first; GraphQL clients ask
 * for application/graphql-response+json or application/json (or anything, `*\/*`),
 * and those requests go on to Apollo, per GraphQL over HTTP.
 */
function wantsPlayground(req: Request): boolean {
  return req.method === 'GET' && req.accepts(['application/graphql-response+json', 'application/json', 'text/html']) === 'text/html';
}

function sendPlayground(res: Response, endpoint: string, introspection: boolean, examples: readonly PlaygroundExample[]): void {
  res
    .status(200)
    .set({ 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CONTENT_SECURITY_POLICY, 'cache-control': 'no-cache' })
    .send(playgroundHtml(endpoint, introspection, examples));
}

/**
 * The playground at `endpoint` for a browser (other GET and POST requests go on to the API),
 * and GraphiQL, React and the page's script under PLAYGROUND_ASSETS_PATH.
 */
export function mountPlayground(
  app: Express,
  endpoint: string,
  opts: { introspection: boolean; pick?: () => Promise<ExamplePicks> } = { introspection: true },
): void {
  // Browsers ask for it on every page; no icon rather than a 404 in the console.
  app.get('/favicon.ico', (_req, res) => {
    res.status(204).end();
  });
  app.get(`${PLAYGROUND_ASSETS_PATH}/playground.js`, (_req, res) => {
    res.set({ 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' }).send(CLIENT_SCRIPT);
  });
  app.get(`${PLAYGROUND_ASSETS_PATH}/:asset`, (req, res) => {
    const asset = Object.hasOwn(ASSETS, req.params.asset) ? ASSETS[req.params.asset] : undefined;
    if (!asset) {
      res.status(404).json({ error: 'no such asset' });
      return;
    }
    // The files change only with the installed package versions.
    res.sendFile(asset.file, { headers: { 'content-type': `${asset.type}; charset=utf-8`, 'cache-control': 'public, max-age=3600' } });
  });
  app.get(endpoint, (req, res, next) => {
    if (!wantsPlayground(req)) return next();
    // The examples ask about the graph's own people; written for the seed's when it cannot tell.
    const pick = opts.pick;
    (pick ? pick().then(examplesFor) : Promise.resolve(PLAYGROUND_EXAMPLES)).then(
      (examples) => sendPlayground(res, endpoint, opts.introspection, examples),
      () => sendPlayground(res, endpoint, opts.introspection, PLAYGROUND_EXAMPLES),
    );
  });
}
