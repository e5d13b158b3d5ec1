import { OPTIONS as OPTION } from '@wwe-kit/core/internal';
import { readWorkspaceIni } from '@wwe-kit/simulator';
import { didYouMean } from './did-you-mean';

/** The Service Client API option names Workspace reads (the core's rules module has them). */
const NAMES: readonly string[] = Object.values(OPTION).filter((n) => n !== OPTION.prefix);
const PREFIX = OPTION.prefix;
const PER_REQUEST = `${OPTION.rateLimit}.`;

/**
 * A warning about one line of a Workspace INI file: it does not stop anything, but Workspace
 * would not read the line as the author meant.
 *
 * @example
 * const w: IniWarning = { line: 3, message: 'unknown option service-client-api.rate-limt: did you mean service-client-api.rate-limit?' };
 */
export interface IniWarning {
  /** 1-based. */
  line: number;
  message: string;
}

const REQUEST = /^[a-z][a-zA-Z]*\.[a-zA-Z][a-zA-Z0-9]*$/;
const FILTER_ENTRY = /^(\*|[a-z][a-zA-Z]*\.(\*|[a-zA-Z][a-zA-Z0-9]*))$/;

/** The origin an entry written without a scheme probably meant. */
function withScheme(entry: string): string | undefined {
  const local = /^(localhost|127\.|\[|\d+\.\d+\.\d+\.\d+)/i.test(entry);
  try {
    return new URL(`${local ? 'http' : 'https'}://${entry}`).origin;
  } catch {
    return undefined;
  }
}

/**
 * What is wrong in a value of `service-client-api.accepted-web-content-origins`: entries that are
 * not an origin (no scheme, a path), unbalanced parentheses, filter entries that are not a request
 * name, `namespace.*` or `*`, empty filters. Each with what was probably meant.
 *
 * @example
 * originValueProblems('localhost:5173'); // ['"localhost:5173" is not an origin: did you mean http://localhost:5173?']
 */
export function originValueProblems(value: string): string[] {
  const out: string[] = [];
  let depth = 0;
  for (const c of value) {
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (depth < 0 || depth > 1) break;
  }
  if (depth !== 0) {
    out.push('unbalanced parentheses: each filter is one (…) after its origin');
    return out;
  }
  for (const raw of value.match(/[^,(]+(?:\([^)]*\))?/g) ?? []) {
    const entry = raw.trim();
    if (!entry) continue;
    const m = /^([^\s(]+)\s*(?:\(([^)]*)\))?$/.exec(entry);
    if (!m) {
      out.push(`"${entry}" is not an origin followed by an optional (filter)`);
      continue;
    }
    const origin = m[1]!;
    if (origin !== '*') {
      let url: URL | undefined;
      try {
        url = /^[a-z][a-z0-9+.-]*:\/\//i.test(origin) ? new URL(origin) : undefined;
      } catch {
        url = undefined;
      }
      if (!url) {
        const guess = withScheme(origin);
        out.push(
          `"${origin}" is not an origin${guess ? `: did you mean ${guess}?` : ' (scheme://host[:port])'}`,
        );
      } else if (url.protocol !== 'http:' && url.protocol !== 'https:')
        out.push(`"${origin}": only http: and https: origins can be accepted`);
      else if (url.origin !== origin.replace(/\/$/, ''))
        out.push(`"${origin}" is not an origin (no path or query): did you mean ${url.origin}?`);
    }
    if (m[2] === undefined) continue;
    const filter = m[2]
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (!filter.length)
      out.push(`"${origin} ()": an empty filter accepts the origin but allows no request`);
    for (const f of filter)
      if (!FILTER_ENTRY.test(f))
        out.push(`"${f}" in the filter of ${origin} is not a request name, namespace.* or *`);
  }
  return out;
}

/**
 * Warnings about the `service-client-api.*` options of a Workspace INI text, line by line:
 * unknown or misspelt option names (with the nearest known name), options outside
 * `[interaction-workspace]`, and malformed accepted origins and filters. Lines that are not options
 * are left to the parser. (The file is read by the simulator's `readWorkspaceIni`, as Workspace's
 * options are.)
 *
 * @example
 * lintSecurityOptions('service-client-api.rate-limt=5');
 * // [{ line: 1, message: 'unknown option service-client-api.rate-limt: did you mean service-client-api.rate-limit?' }]
 */
export function lintSecurityOptions(text: string): IniWarning[] {
  const out: IniWarning[] = [];
  for (const entry of readWorkspaceIni(text)) {
    if (entry.key === undefined) continue;
    const { key, value, section } = entry;
    const warn = (message: string) => out.push({ line: entry.line, message });
    const known = NAMES.includes(key);
    if (key.startsWith(PREFIX) || known) {
      if (section !== 'interaction-workspace') {
        warn(`${key} in [${section}]: Workspace reads it only in [interaction-workspace]`);
        continue;
      }
      if (key === OPTION.origins) {
        for (const p of originValueProblems(value)) warn(`${key}: ${p}`);
        continue;
      }
      if (known) continue;
      if (key.startsWith(PER_REQUEST)) {
        const request = key.slice(PER_REQUEST.length);
        if (!REQUEST.test(request))
          warn(`${key}: "${request}" is not a request name (e.g. ${PER_REQUEST}voice.dial)`);
        continue;
      }
      const near = didYouMean(key, NAMES);
      warn(
        `unknown option ${key}${near ? `: did you mean ${near}?` : ` (known: ${NAMES.join(', ')}, ${PER_REQUEST}<request>)`}`,
      );
      continue;
    }
    // A misspelt prefix (service-clients-api.…): near a known name, but not under the prefix.
    if (section === 'interaction-workspace' && /^serv/i.test(key)) {
      const near = didYouMean(key, NAMES);
      if (near) warn(`unknown option ${key}: did you mean ${near}?`);
    }
  }
  return out;
}
