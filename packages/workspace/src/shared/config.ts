import { OPTIONS } from '@wwe-kit/core/internal';
import { parseWorkspaceIni, type WorkspaceOptions } from '@wwe-kit/simulator';
import { lintSecurityOptions } from './ini-lint';

/**
 * How a view is displayed. Workspace documents these four ways but no option name for them:
 * wwe-kit reads its own `mode` key in the view's section.
 */
export type DisplayMode = 'tab' | 'popup' | 'background' | 'hidden';
export const DISPLAY_MODES: readonly DisplayMode[] = ['tab', 'popup', 'background', 'hidden'];

/**
 * One web extension view: a `[Section]` named by `workspace.web-content` (Workspace level) or
 * `interaction.web-content` (shown with the selected interaction).
 *
 * @example
 * const view: ViewConfig = { section: 'Crm', label: 'CRM', url: 'https://crm/', mode: 'tab', level: 'workspace' };
 */
export interface ViewConfig {
  section: string;
  label: string;
  url: string;
  mode: DisplayMode;
  level: 'workspace' | 'interaction';
}

/**
 * A Workspace configuration read from INI text.
 *
 * @example
 * const { options, views, problems } = readConfig(iniText);
 */
export interface WorkspaceConfig {
  options: WorkspaceOptions;
  views: ViewConfig[];
  /** What is wrong in the file (shown on the page; the rest still works). */
  problems: string[];
}

const list = (v: string | undefined) =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * Reads the options and the web extension views of a Workspace INI file. Its problems include
 * unknown `service-client-api.*` options and malformed accepted origins, as `file:line: …` (or
 * `line N: …` without `file`).
 *
 * @example
 * readConfig('workspace.web-content=Crm\n[Crm]\nlabel=CRM\nurl=https://crm/').views[0]?.mode; // 'tab'
 */
export function readConfig(text: string, file?: string): WorkspaceConfig {
  // The file as the config's source names it (`workspace.ini + --app`: the lines are the file's).
  const name = file?.replace(/ \+ --app$/, '');
  const problems: string[] = lintSecurityOptions(text).map(
    (w) => `${name && name !== '--app' ? `${name}:${w.line}` : `line ${w.line}`}: ${w.message}`,
  );
  let options: WorkspaceOptions = {};
  try {
    options = parseWorkspaceIni(text);
  } catch (e) {
    problems.push(e instanceof Error ? e.message : String(e));
  }
  const views: ViewConfig[] = [];
  for (const level of ['workspace', 'interaction'] as const) {
    for (const section of list(options[`${level}.web-content`])) {
      const url = options[`${section}/url`];
      if (!url) {
        problems.push(`[${section}] has no url= (named by ${level}.web-content)`);
        continue;
      }
      if (/\{\{.*\}\}/.test(url)) {
        problems.push(
          `[${section}] url=${url}: a placeholder no server replaced (run it with pnpm dev)`,
        );
        continue;
      }
      const raw = (options[`${section}/mode`] ?? 'tab').toLowerCase();
      const mode = DISPLAY_MODES.includes(raw as DisplayMode) ? (raw as DisplayMode) : 'tab';
      if (mode !== raw)
        problems.push(`[${section}] mode=${raw}: not one of ${DISPLAY_MODES.join(', ')}`);
      views.push({ section, label: options[`${section}/label`] || section, url, mode, level });
    }
  }
  return { options, views, problems };
}

/** The `service-client-api.*` options, as INI lines for the security editor. */
export function securityLines(options: WorkspaceOptions): string {
  return Object.entries(options)
    .filter(([k]) => k.startsWith(OPTIONS.prefix))
    .map(([k, v]) => `${k}=${v}`)
    .join('\n');
}

/**
 * Replaces the `service-client-api.*` options of `options` by those of `text` (INI lines).
 * Throws a `SyntaxError` for a line that is not an option.
 *
 * @example
 * withSecurity(options, 'service-client-api.rate-limit.voice.dial=2');
 */
export function withSecurity(options: WorkspaceOptions, text: string): WorkspaceOptions {
  const parsed = parseWorkspaceIni(text);
  const foreign = Object.keys(parsed).find((k) => !k.startsWith(OPTIONS.prefix));
  if (foreign) throw new SyntaxError(`Not a security option: ${foreign}`);
  const kept = Object.entries(options).filter(([k]) => !k.startsWith(OPTIONS.prefix));
  return { ...Object.fromEntries(kept), ...parsed };
}

/**
 * The URL a view is loaded from: the configured URL (field codes already substituted by
 * `substituteFieldCodes`) resolved against `base`, the page's URL, and otherwise as written. The
 * page adds nothing to it: an app learns Workspace's origin from its own configuration, never from
 * its URL or the page that frames it.
 *
 * @example
 * viewUrl('/crm/?id=$Interaction.Id$', 'http://localhost:5170/'); // 'http://localhost:5170/crm/?id=$Interaction.Id$'
 */
export function viewUrl(url: string, base: string): string {
  return new URL(url, base).href;
}

/**
 * The banner shown while a saved config file is not valid: where, what, and that the page keeps
 * the last good config.
 *
 * @example
 * configErrorText({ file: 'workspace.ini', line: 12, message: 'line 12: not an option line: foo' });
 * // 'workspace.ini:12: not an option line: foo — the last good config stays'
 */
export function configErrorText(e: { file: string; line?: number; message: string }): string {
  const message = e.line === undefined ? e.message : e.message.replace(/^line \d+:\s*/i, '');
  return `${e.file}${e.line === undefined ? '' : `:${e.line}`}: ${message} — the last good config stays`;
}
