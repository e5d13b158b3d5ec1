import { useStoreSelection } from '@wwe-kit/react';
import type { WorkspaceConnection } from '@wwe-kit/simulator';

/**
 * Embedded only: whether Workspace answers (`connection.status`). Workspace ignores a page whose
 * origin is not in `service-client-api.accepted-web-content-origins`, so the panel says so
 * instead of hanging.
 */
export function ConnectionStatus({
  connection,
}: {
  connection: Extract<WorkspaceConnection, { mode: 'embedded' }>;
}) {
  const status = useStoreSelection(connection.status);
  const { hostOrigin } = connection;
  if (status === 'silent')
    return (
      <p role="alert" className="connection failed" data-testid="connection">
        Workspace at {hostOrigin} does not answer. Is this page’s origin ({location.origin}) in
        service-client-api.accepted-web-content-origins?
      </p>
    );
  return (
    <p className="connection" data-testid="connection">
      {status === 'connected' ? 'Connected to' : 'Connecting to'} Workspace at {hostOrigin}
    </p>
  );
}
