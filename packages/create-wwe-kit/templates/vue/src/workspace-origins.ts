/**
 * The Workspace origins allowed to show this app: the one list of them. The client talks only to
 * them (src/connect.ts), and the dev server and `vite preview` let only them frame the app
 * (`Content-Security-Policy: frame-ancestors`, vite.config.ts), so no other site can frame it.
 * From build-time configuration only: `VITE_WORKSPACE_ORIGINS` (comma-separated exact origins,
 * e.g. `https://wwe.example.com,https://wwe-uat.example.com`, in the environment or `.env.*`),
 * default the simulated Workspace of `npm run dev`.
 */
export const DEV_WORKSPACE_ORIGIN = 'http://localhost:5170';

/** `"a, b"` → `['a', 'b']`; empty or unset → the simulated Workspace's origin. */
export function parseOrigins(value: string | undefined): string[] {
  const list = (value ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  return list.length ? list : [DEV_WORKSPACE_ORIGIN];
}

/** The `Content-Security-Policy` that lets only these origins frame the app. */
export function frameAncestors(origins: readonly string[]): string {
  return `frame-ancestors ${origins.join(' ')}`;
}
