import { isWorkspaceError } from '@wwe-kit/angular';

/** A failed request as text: the typed error code and message for a `WorkspaceError`. */
export function errorText(e: unknown): string {
  if (isWorkspaceError(e)) return `${e.code}: ${e.message}`;
  return String(e);
}
