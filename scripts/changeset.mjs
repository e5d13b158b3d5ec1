#!/usr/bin/env node
/**
 * Runs the Changesets CLI (`pnpm changeset`, `pnpm version-packages`, `pnpm release`).
 * @changesets/cli 3's `bin.js` calls `module.enableCompileCache()`, which the Node 20 this repo
 * supports does not have (it has `process.getBuiltinModule`, which the bin takes as the sign of
 * Node 22); the CLI itself runs on Node 20, so this starts it without that call.
 */
await import('@changesets/cli');
