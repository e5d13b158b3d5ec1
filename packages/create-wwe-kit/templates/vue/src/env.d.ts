/// <reference types="vite/client" />

interface ImportMetaEnv {
  /**
   * The Workspace origins this build accepts, comma-separated, fixed at build time, e.g.
   * `VITE_WORKSPACE_ORIGINS=https://wwe.example.com npm run build`. Default http://localhost:5170.
   */
  readonly VITE_WORKSPACE_ORIGINS?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
