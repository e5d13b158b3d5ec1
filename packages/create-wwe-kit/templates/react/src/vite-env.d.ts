/// <reference types="vite/client" />

interface ImportMetaEnv {
  /**
   * The Workspace origins this app accepts, comma-separated, at build time (`.env.production`,
   * or the environment of `npm run build`). Default: the simulated Workspace, http://localhost:5170.
   */
  readonly VITE_WORKSPACE_ORIGINS?: string;
}
