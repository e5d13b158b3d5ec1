import { useConnection } from '@wwe-kit/react';

/**
 * Whether Workspace answers and, when it does not, why and what to change (e.g. the INI line a
 * Workspace administrator adds for this app's origin).
 */
export function ConnectionStatus() {
  const { status, message, hint } = useConnection();
  const failed = status !== 'connecting' && status !== 'connected';
  return (
    <div
      role={failed ? 'alert' : 'status'}
      className={failed ? 'connection failed' : 'connection'}
      data-status={status}
    >
      <span>{message}</span>
      {hint && <p>{hint}</p>}
    </div>
  );
}
