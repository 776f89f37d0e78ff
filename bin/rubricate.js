#!/usr/bin/env node
// The CLI, bundled into one file (dist/rubricate.js, see scripts/bundle-cli.mjs) by `npm ci` (the
// `prepare` script) or `npm run build`. For work on the sources without building,
// `npm run dev -- <command>` runs src/ through tsx.
await import('../dist/rubricate.js');
