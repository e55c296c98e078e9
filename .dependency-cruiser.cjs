// The layers of src/ and the directions imports may take between them (README, "Layout").
// `npm run check:layers` (and test/unit/layers.test.ts) fails on any import that breaks them.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'A cycle means two modules are one: following an article through them climbs back up a floor.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'stages-are-pure',
      severity: 'error',
      comment: 'Parsing, extraction and resolution are text in, data out: no database, HTTP, API or ingest.',
      from: { path: '^src/(article|extract|resolve)/' },
      to: { path: '^src/(graph|read|graphql|http|ingest|pipeline|eval|train|cli|database)' },
    },
    {
      name: 'extract-below-resolve',
      severity: 'error',
      comment: 'Extraction stages do not reach up into resolution; the pipeline runs both.',
      from: { path: '^src/extract/' },
      to: { path: '^src/resolve/' },
    },
    {
      name: 'article-is-the-ground',
      severity: 'error',
      comment: 'The article format and name keys stand on nothing but config.',
      from: { path: '^src/article/' },
      to: { path: '^src/(?!article/|config)' },
    },
    {
      name: 'read-returns-rows',
      severity: 'error',
      comment: 'read/ answers questions with rows and typed errors; the API maps them.',
      from: { path: '^src/read/' },
      to: { path: '^src/(graphql|http|ingest|cli)' },
    },
    {
      name: 'api-writes-through-ingest',
      severity: 'error',
      comment: 'The API changes the graph only through ingest/, never the writer directly.',
      from: { path: '^src/(graphql|http)/' },
      to: { path: '^src/graph/writer' },
    },
    {
      name: 'one-driver-module',
      severity: 'error',
      comment: 'Only the driver module talks to neo4j-driver: sessions, errors and types come from it.',
      from: { path: '^src/', pathNot: '^src/graph/driver\\.ts$' },
      to: { path: 'node_modules/neo4j-driver' },
    },
    {
      name: 'training-stays-out-of-runtime',
      severity: 'error',
      comment: 'Training code is not part of what serves or extracts (nor of extractorVersion); eval may read training data formats.',
      from: { path: '^src/(article|extract|resolve|pipeline|graph|read|graphql|http|ingest)/' },
      to: { path: '^src/train/' },
    },
    {
      name: 'graph-below-read-and-api',
      severity: 'error',
      comment: 'graph/ (driver, schema, writer) knows nothing of the questions asked or the API.',
      from: { path: '^src/graph/' },
      to: { path: '^src/(read|graphql|http|ingest|cli)' },
    },
    {
      name: 'resolve-loads-no-model',
      severity: 'error',
      comment: 'Resolution takes what the pipeline loaded; it reads no model or data file itself.',
      from: { path: '^src/resolve/' },
      to: { path: '^src/(pipeline|config)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js', '.mjs'] },
  },
};
