import { hasInjectionContext, inject, ssrContextKey } from 'vue';

/**
 * Whether the calling `setup` runs in a server render (`renderToString` and friends provide the
 * SSR context to the app being rendered). On the server, composables read a store's current
 * snapshot once and subscribe to nothing: no `onUnmounted` (nor scope disposal of a request's
 * render) would ever remove it, and the client would keep it for the server's lifetime.
 */
export function isServerRender(): boolean {
  return hasInjectionContext() && inject(ssrContextKey, null) != null;
}
