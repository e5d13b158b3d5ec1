/**
 * Workspace options: Genesys option names → string values (see {@link parseWorkspaceIni}).
 *
 * @example
 * const options: WorkspaceOptions = { 'service-client-api.accepted-web-content-origins': '*', 'crm/url': 'https://crm' };
 */
export type WorkspaceOptions = Record<string, string>;

/**
 * One line of a Workspace INI text, read: an option with its section (`name` is how
 * `configuration.getOption` queries it: bare in `[interaction-workspace]` and before any
 * section, `Section/option` elsewhere), or a line that is not an option line (`key` undefined).
 * Blank lines, comments (`;`, `#`) and section headers are not listed.
 *
 * @example
 * const entry: WorkspaceIniLine = { line: 2, section: 'crm', key: 'url', value: 'https://crm', name: 'crm/url' };
 */
export type WorkspaceIniLine =
  | { line: number; section: string; key: string; value: string; name: string }
  | { line: number; section: string; key?: undefined; text: string };

/**
 * Reads a Workspace INI text line by line (see {@link WorkspaceIniLine}): the one reading of the
 * format, for {@link parseWorkspaceIni} and for tools that check a file line by line. Values and
 * keys are trimmed. Never throws.
 *
 * @example
 * readWorkspaceIni('[crm]\nurl=https://crm');
 * // [{ line: 2, section: 'crm', key: 'url', value: 'https://crm', name: 'crm/url' }]
 */
export function readWorkspaceIni(text: string): WorkspaceIniLine[] {
  const out: WorkspaceIniLine[] = [];
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
    if (eq <= 0) {
      out.push({ line: n + 1, section, text: line });
      continue;
    }
    const key = line.slice(0, eq).trim();
    const value = line.slice(eq + 1).trim();
    const name = section === 'interaction-workspace' ? key : `${section}/${key}`;
    out.push({ line: n + 1, section, key, value, name });
  }
  return out;
}

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
  for (const entry of readWorkspaceIni(text)) {
    if (entry.key === undefined)
      throw Object.assign(
        new SyntaxError(`line ${entry.line}: not an option line: ${entry.text.slice(0, 200)}`),
        { line: entry.line },
      );
    out[entry.name] = entry.value;
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
