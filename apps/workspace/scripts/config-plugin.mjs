// The host page's config files: `/workspace.ini` (or any `*.ini` under apps/workspace) served with
// the sample placeholders (`{{react-sample}}`, `{{vue-sample}}`, `{{angular-sample}}`) replaced
// by the origins the samples really run on, so ports can change without editing the INI file.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** apps/workspace */
export const APP_DIR = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
/** The default config file. */
export const DEFAULT_CONFIG = path.join(APP_DIR, 'workspace.ini');

/**
 * Replaces `{{name}}` by `origins[name]`; unknown placeholders are left as they are.
 *
 * @param {string} text
 * @param {Record<string, string>} origins
 * @returns {string}
 */
export function substituteOrigins(text, origins) {
  return text.replace(/\{\{\s*([\w-]+)\s*\}\}/g, (whole, name) => origins[name] ?? whole);
}

/**
 * A Vite plugin serving INI configs with their placeholders replaced (dev server), and emitting
 * `workspace.ini` next to the built page (build).
 *
 * @param {{ origins: Record<string, string>, config?: string }} options `config`: the file served
 *   as `/workspace.ini` (default apps/workspace/workspace.ini)
 * @returns {import('vite').Plugin}
 */
export function workspaceConfigPlugin({ origins, config = DEFAULT_CONFIG }) {
  /** @param {string} file */
  const read = async (file) => substituteOrigins(await readFile(file, 'utf8'), origins);
  return {
    name: 'wwe-kit:workspace-config',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
        if (!pathname.endsWith('.ini')) return next();
        const file =
          pathname === '/workspace.ini' ? config : path.join(APP_DIR, path.normalize(pathname));
        if (file !== config && !file.startsWith(APP_DIR + path.sep)) return next();
        read(file).then(
          (text) => {
            res.setHeader('Content-Type', 'text/plain; charset=utf-8');
            res.setHeader('Cache-Control', 'no-store');
            res.end(text);
          },
          () => {
            res.statusCode = 404;
            res.end(`No config file ${pathname}`);
          },
        );
      });
    },
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'workspace.ini', source: await read(config) });
    },
  };
}
