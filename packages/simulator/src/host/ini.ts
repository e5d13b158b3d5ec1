/**
 * Workspace options: Genesys option names → string values (see {@link parseWorkspaceIni}).
 *
 * @example
 * const options: WorkspaceOptions = { 'service-client-api.accepted-web-content-origins': '*', 'crm/url': 'https://crm' };
 */
export type WorkspaceOptions = Record<string, string>;

/**
 * Parses the INI text a Workspace administrator writes into {@link WorkspaceOptions}. Options of
 * the `[interaction-workspace]` section (and lines before any section) keep their bare names;
 * options of other sections are named `Section/option`, as `configuration.getOption` queries them.
 * `;` and `#` start comment lines; values are trimmed. A line that is neither throws a
 * `SyntaxError` whose message starts with `line N:` and whose `line` property is N.
 *
 * @example
 * parseWorkspaceIni(`[interaction-workspace]
 * service-client-api.accepted-web-content-origins=http://my-web-server
 * [crm]
 * url=https://crm.example.com`);
 * // { 'service-client-api.accepted-web-content-origins': 'http://my-web-server', 'crm/url': 'https://crm.example.com' }
 */
export function parseWorkspaceIni(text: string): WorkspaceOptions {
  const out: WorkspaceOptions = {};
  let section = 'interaction-workspace';
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.trim();
    if (!line || line.startsWith(';') || line.startsWith('#')) continue;
    const header = /^\[([^\]]+)\]$/.exec(line);
    if (header) {
      section = header[1]!.trim();
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0)
      throw Object.assign(
        new SyntaxError(`line ${n + 1}: not an option line: ${line.slice(0, 200)}`),
        { line: n + 1 },
      );
    const key = line.slice(0, eq).trim();
    const value = line.slice(eq + 1).trim();
    out[section === 'interaction-workspace' ? key : `${section}/${key}`] = value;
  }
  return out;
}

/**
 * Accepts options as an object (values converted to strings) or as INI text, and returns an
 * object of option names to string values.
 *
 * @example
 * normalizeOptions({ 'service-client-api.rate-limit': 50 as unknown as string }); // { 'service-client-api.rate-limit': '50' }
 */
export function normalizeOptions(options: WorkspaceOptions | string | undefined): WorkspaceOptions {
  if (options === undefined) return {};
  if (typeof options === 'string') return parseWorkspaceIni(options);
  return Object.fromEntries(Object.entries(options).map(([k, v]) => [k, String(v)]));
}
