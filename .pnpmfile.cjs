// pnpm hooks of this workspace.
//
// beforePacking (pnpm pack / pnpm publish): devDependencies are published as written, so a
// private workspace package there (the test-only @wwe-kit/browser-harness) would be named in the
// manifest npm users download. The packed manifest leaves out every dependency, of any field, on
// a private package of this workspace; package.json itself is unchanged, so tests keep using it.
// `pnpm check:packages` fails if a published manifest still names one.
const { readdirSync, readFileSync, existsSync } = require('node:fs');
const { join } = require('node:path');

function privatePackages() {
  const names = new Set();
  for (const group of ['packages', 'apps', 'tests']) {
    const dir = join(__dirname, group);
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir)) {
      const file = join(dir, entry, 'package.json');
      if (!existsSync(file)) continue;
      const pkg = JSON.parse(readFileSync(file, 'utf8'));
      if (pkg.private && pkg.name) names.add(pkg.name);
    }
  }
  return names;
}

const FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];

module.exports = {
  hooks: {
    beforePacking(pkg) {
      const hidden = privatePackages();
      for (const field of FIELDS) {
        if (!pkg[field]) continue;
        for (const name of Object.keys(pkg[field])) if (hidden.has(name)) delete pkg[field][name];
        if (Object.keys(pkg[field]).length === 0) delete pkg[field];
      }
      return pkg;
    },
  },
};
