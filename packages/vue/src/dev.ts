// A module-scoped declaration: bundlers replace `process.env.NODE_ENV`; in a plain browser the
// reference throws and the check below falls back to "not development".
declare const process: { env: { NODE_ENV?: string } };

/** True in development builds (and tests), false in production and where it cannot be told. */
export const DEV: boolean = (() => {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return false;
  }
})();

/** Warns once per call site kind in development. */
export function devWarn(message: string): void {
  if (DEV) console.warn(`[@wwe-kit/vue] ${message}`);
}
