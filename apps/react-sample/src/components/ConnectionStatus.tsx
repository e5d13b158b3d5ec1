import { useConnection } from '@wwe-kit/react';

/**
 * Whether Workspace answers (`useConnection()`), and if not, why and what to change: the page
 * showing the panel is not an allowed Workspace origin (`origin-mismatch`: nothing is sent to
 * it), Workspace ignores the panel's origin (`silent`: the hint gives the INI line to add), or
 * the panel is not shown by Workspace at all (`not-embedded`).
 */
export function ConnectionStatus() {
  const { status, message, hint } = useConnection();
  const failed = status !== 'connecting' && status !== 'connected';
  return (
    <div
      role={failed ? 'alert' : 'status'}
      className={failed ? 'connection failed' : 'connection'}
      data-testid="connection"
      data-status={status}
    >
      <p data-testid="connection-message">{message}</p>
      {hint && <p data-testid="connection-hint">{hint}</p>}
    </div>
  );
}
