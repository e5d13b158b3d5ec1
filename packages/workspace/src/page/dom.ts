/** Attributes of {@link h}: `on*` functions become listeners, others attributes (`true` = present). */
type Attrs = Record<string, string | number | boolean | undefined | ((e: Event) => void)>;
type Child = Node | string | number | false | null | undefined;

/**
 * Creates an element: `h('button', { type: 'button', onclick: run }, 'Answer')`.
 *
 * @example
 * document.body.append(h('p', { 'data-testid': 'x' }, 'hello'));
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.slice(2), value);
    else if (name === 'value' && 'value' in el) (el as HTMLInputElement).value = String(value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const c of children.flat())
    if (c !== null && c !== undefined && c !== false) el.append(c instanceof Node ? c : String(c));
  return el;
}

/**
 * The error a failed call threw, as text.
 *
 * @example
 * errorMessage(new Error('boom')); // 'boom'
 */
export const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * Whether `url` is an http(s) page: a `javascript:` or `data:` URL put in a frame of this page
 * would run with this page's origin.
 *
 * @example
 * isWebUrl('javascript:alert(1)'); // false
 */
export function isWebUrl(url: string): boolean {
  try {
    return /^https?:$/.test(new URL(url, location.href).protocol);
  } catch {
    return false;
  }
}
