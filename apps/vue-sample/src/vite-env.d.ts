/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The allowed Workspace origins, comma-separated (build-time). Default http://localhost:5170. */
  readonly VITE_WORKSPACE_ORIGINS?: string;
}
