import type { Section } from '@wwe-kit/core';
import { str, type Handlers } from './params';

/**
 * The section that holds Workspace's own options.
 *
 * @example
 * getOptions(options, 'voice.*')[0]?.name === WORKSPACE_SECTION; // true when a voice option exists
 */
export const WORKSPACE_SECTION = 'interaction-workspace';

const matches = (pattern: string, name: string) =>
  pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern;

/**
 * Answers `configuration.getOption` from a flat option map in which `interaction-workspace`
 * options have bare names (`voice.auto-answer`) and other sections' options are `Section/option`.
 * Each query is an option name, or `Section/option`; `*` is allowed only at a word's end.
 *
 * @example
 * getOptions({ 'voice.auto-answer': 'true', 'crm/url': 'https://crm' }, ['voice.*', 'crm/url']);
 * // [{ name: 'interaction-workspace', options: { 'voice.auto-answer': 'true' } }, { name: 'crm', options: { url: 'https://crm' } }]
 */
export function getOptions(options: Readonly<Record<string, string>>, queries: unknown): Section[] {
  const list = typeof queries === 'string' ? [queries] : queries;
  if (!Array.isArray(list) || list.some((q) => typeof q !== 'string' || !q))
    throw new Error("Parameter 'options' must be an option name or an array of option names");
  const sections = new Map<string, Record<string, string>>();
  for (const query of list as string[]) {
    if (query.indexOf('*') !== -1 && query.indexOf('*') !== query.length - 1)
      throw new Error(`Invalid option query '${query}': '*' is allowed only at the end`);
    const slash = query.indexOf('/');
    const section = slash === -1 ? WORKSPACE_SECTION : query.slice(0, slash);
    const pattern = slash === -1 ? query : query.slice(slash + 1);
    for (const [key, value] of Object.entries(options)) {
      const ks = key.indexOf('/');
      const keySection = ks === -1 ? WORKSPACE_SECTION : key.slice(0, ks);
      const name = ks === -1 ? key : key.slice(ks + 1);
      if (keySection !== section || !matches(pattern, name)) continue;
      const out = sections.get(section) ?? {};
      out[name] = value;
      sections.set(section, out);
    }
  }
  return [...sections].map(([name, opts]) => ({ name, options: opts }));
}

/**
 * `configuration.*` requests. Internal.
 *
 * @example
 * configurationHandlers['configuration.getOption'](desktop, [['voice.*']], caller);
 */
export const configurationHandlers = {
  'configuration.getOption': (_d, [queries], caller) => getOptions(caller.options, queries),
  'configuration.getContextualOption': (d, [queries, id], caller) => {
    const i = d.interaction(str(id, 'interactionId'));
    // Workspace lets attached data override options per interaction; model keys named like
    // options. A key the frame may not read does not override: its value must not leak.
    const canRead = caller.canReadUserData ?? (() => true);
    const merged = { ...caller.options };
    for (const [k, v] of Object.entries(i.userData ?? {}))
      if (typeof v === 'string' && Object.hasOwn(merged, k) && canRead(k)) merged[k] = v;
    return getOptions(merged, queries);
  },
} satisfies Partial<Handlers>;
