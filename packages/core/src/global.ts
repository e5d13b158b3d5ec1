/**
 * The browser script build (`dist/wwe-kit.global.js`): exposes `window.WweKit` (the main entry's
 * API and `installLegacyService`) and, when its script tag carries `data-host-origin`, installs
 * the legacy `window.genesys.wwe.service`.
 */
import { installLegacyService } from './legacy';

export * from './index';
export { installLegacyService } from './legacy';

const script =
  typeof document !== 'undefined' ? (document.currentScript as HTMLScriptElement | null) : null;
const hostOrigin = script?.dataset.hostOrigin;
if (hostOrigin)
  installLegacyService({
    hostOrigin: hostOrigin.split(',').map((o) => o.trim()),
    debug: script?.dataset.debug === 'true',
  });
else if (script && typeof window !== 'undefined') {
  // Used as the official script's drop-in without its origin: say what is missing, once, when
  // the page first reaches for `genesys.wwe.service`, until the page installs it by code
  // (`WweKit.installLegacyService({ hostOrigin })`) or assigns it.
  const w = window as unknown as { genesys?: { wwe?: object } };
  w.genesys ??= {};
  w.genesys.wwe ??= {};
  if (!('service' in w.genesys.wwe)) {
    const wwe = w.genesys.wwe;
    let said = false;
    Object.defineProperty(wwe, 'service', {
      configurable: true,
      enumerable: true,
      get() {
        if (!said)
          console.error(
            '[wwe-kit] genesys.wwe.service needs the Workspace origin(s): put them on the script tag, <script src="wwe-kit.global.js" data-host-origin="https://wwe.example.com"></script>, or install the service by code first: WweKit.installLegacyService({ hostOrigin: \'https://wwe.example.com\' })',
          );
        said = true;
        return undefined;
      },
      set(value: unknown) {
        Object.defineProperty(wwe, 'service', {
          value,
          writable: true,
          configurable: true,
          enumerable: true,
        });
      },
    });
  }
}
