// The browser side of the benchmarks: Debian Chromium and the pages of `src/pages`, served on
// three sites by the shared test harness (`packages/browser-harness`, TypeScript, loaded through
// Vite's module runner; playwright-core and vite themselves load natively).
import { runnerImport } from 'vite';
import { fileURLToPath } from 'node:url';

const harnessPath = fileURLToPath(
  new URL('../../../browser-harness/src/index.ts', import.meta.url),
);
const root = fileURLToPath(new URL('..', import.meta.url));

/** The harness module: `launchChromium`, `serveOrigins`. */
export async function loadHarness() {
  const { module } = await runnerImport(harnessPath, { configFile: false, logLevel: 'error' });
  return module;
}

/**
 * Serves `src/` on `localhost`, `127.0.0.1` and `127.0.0.2` (different sites). Workspace packages
 * resolve to their built `dist` (no `@wwe-kit/source` condition): the code users install. Pages are
 * cross-origin isolated (COOP/COEP, every response `Cross-Origin-Resource-Policy: cross-origin`)
 * only so that `performance.now()` has 5 µs resolution instead of 100 µs; the message path is the
 * same.
 */
export function serve(harness) {
  return harness.serveOrigins(root, {
    resolve: { conditions: ['module', 'browser', 'production'] },
    server: {
      headers: {
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Embedder-Policy': 'require-corp',
        'Cross-Origin-Resource-Policy': 'cross-origin',
      },
    },
  });
}

/**
 * Opens the host page (`kind`: echo, minimal, simulator) on `served.host`, embeds the client page
 * from `clientOrigin` and returns both; `setup(hostPage)` runs before the client loads.
 */
export async function openPair(browser, served, kind, clientOrigin, setup) {
  const page = await browser.newPage();
  await page.goto(`${served.host}/pages/host.html?kind=${kind}&client=${clientOrigin}`);
  await page.waitForFunction(() => window.bench);
  if (setup) await setup(page);
  await page.evaluate(
    (src) => window.bench.embed(src),
    `${clientOrigin}/pages/client.html?host=${served.host}`,
  );
  const frame = page.frame({ name: 'client' });
  if (!frame) throw new Error('no client frame');
  await frame.waitForFunction(() => window.bench);
  const isolated = await frame.evaluate(() => window.crossOriginIsolated);
  if (!isolated) throw new Error('the client frame is not cross-origin isolated (coarse clock)');
  return { page, frame };
}
