/**
 * The browser script build (`dist/wwe-kit.global.js`): exposes `window.WweKit` and, when its
 * script tag carries `data-host-origin`, installs the legacy `window.genesys.wwe.service`.
 */
import { installLegacyService } from './legacy';

export * from './index';
export * from './testing';
export { installLegacyService } from './legacy';

const script =
  typeof document !== 'undefined' ? (document.currentScript as HTMLScriptElement | null) : null;
const hostOrigin = script?.dataset.hostOrigin;
if (hostOrigin) installLegacyService({ hostOrigin, debug: script?.dataset.debug === 'true' });
