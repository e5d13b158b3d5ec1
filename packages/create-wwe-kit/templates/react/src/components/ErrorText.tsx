import { isWorkspaceError } from '@wwe-kit/react';

/** A failed request's typed error: `CODE: message`. */
export function ErrorText({ error }: { error: unknown }) {
  if (error === undefined) return null;
  const text = isWorkspaceError(error)
    ? `${error.code}: ${error.message}`
    : error instanceof Error
      ? error.message
      : String(error);
  return <p role="alert">{text}</p>;
}
