#!/usr/bin/env node
// The CLI, compiled to dist/ by `npm ci` (the `prepare` script) or `npm run build`. For work on
// the sources without building, `npm run dev -- <command>` runs src/ through tsx.
await import('../dist/cli/bin.js');
