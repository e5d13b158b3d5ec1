// A jsdom document as the global DOM of a Node process, and a counter of live timers. Call
// `installDom()` before importing React, Vue or Angular (they read `document` when they load), in
// production mode as users ship them: React and Vue pick their production builds from
// `NODE_ENV`, Angular's development checks are off with `ngDevMode = false`.
import { JSDOM } from 'jsdom';

/** Timers (setTimeout not yet fired or cleared, setInterval not cleared) alive right now. */
const live = new Set();

function countTimers() {
  const {
    setTimeout: set,
    clearTimeout: clear,
    setInterval: every,
    clearInterval: stop,
  } = globalThis;
  const key = (handle) => (typeof handle === 'object' && handle !== null ? Number(handle) : handle);
  globalThis.setTimeout = function setTimeout(fn, ms, ...args) {
    const handle = set(
      (...a) => {
        live.delete(key(handle));
        if (typeof fn === 'function') fn(...a);
      },
      ms,
      ...args,
    );
    live.add(key(handle));
    return handle;
  };
  globalThis.clearTimeout = function clearTimeout(handle) {
    live.delete(key(handle));
    return clear(handle);
  };
  globalThis.setInterval = function setInterval(fn, ms, ...args) {
    const handle = every(fn, ms, ...args);
    live.add(key(handle));
    return handle;
  };
  globalThis.clearInterval = function clearInterval(handle) {
    live.delete(key(handle));
    return stop(handle);
  };
}

/** How many timers are alive now. */
export const liveTimers = () => live.size;

/** Installs a jsdom window's DOM as globals (Node's own timers stay, and are counted). */
export function installDom() {
  process.env.NODE_ENV = 'production';
  globalThis.ngDevMode = false;
  countTimers();
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
    url: 'http://localhost/',
  });
  const win = dom.window;
  for (const name of Object.getOwnPropertyNames(win)) {
    if (name in globalThis || name.startsWith('_')) continue;
    try {
      globalThis[name] = win[name];
    } catch {
      /* read-only on the global object */
    }
  }
  globalThis.window = win;
  globalThis.document = win.document;
  return win;
}
