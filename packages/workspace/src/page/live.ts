import { h } from './dom';

/**
 * The page's two lasting live regions, visually hidden: a polite one (state changes, toasts,
 * interactions ended) and an assertive one (a ringing call). Each message is a new node, so the
 * same text said twice is announced twice.
 *
 * @example
 * const live = createAnnouncer();
 * document.body.append(live.element);
 * live.polite('Agent state: Ready');
 */
export function createAnnouncer() {
  const polite = h('div', {
    class: 'sr-only',
    role: 'status',
    'aria-live': 'polite',
    'data-testid': 'live-polite',
  });
  const assertive = h('div', {
    class: 'sr-only',
    role: 'alert',
    'aria-live': 'assertive',
    'data-testid': 'live-assertive',
  });
  return {
    element: h('div', { class: 'live' }, polite, assertive),
    polite: (text: string) => polite.replaceChildren(h('p', {}, text)),
    assertive: (text: string) => assertive.replaceChildren(h('p', {}, text)),
  };
}
export type Announcer = ReturnType<typeof createAnnouncer>;
