import { isWorkspaceError } from '@wwe-kit/vue';

/** A failed request as text: the typed error's code and message for a `WorkspaceError`. */
export function errorText(e: unknown): string {
  if (isWorkspaceError(e)) return `${e.code}: ${e.message}`;
  return e instanceof Error ? e.message : String(e);
}
