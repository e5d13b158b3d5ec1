import { useEffect, useState } from 'react';
import { useWorkspaceClient } from '@wwe-kit/react';

/** How long Workspace may stay silent before the panel says so. */
const NO_ANSWER_MS = 3000;

/**
 * Embedded only: whether Workspace answers. Workspace ignores a page whose origin is not in
 * `service-client-api.accepted-web-content-origins` (no reply at all), so the panel probes it with
 * `system.getAllowedServices` and says so after a few seconds of silence instead of hanging.
 */
export function ConnectionStatus({ hostOrigin }: { hostOrigin: string }) {
  const client = useWorkspaceClient();
  const [status, setStatus] = useState<'connecting' | 'connected' | 'silent'>('connecting');
  useEffect(() => {
    let live = true;
    const timer = setTimeout(
      () => live && setStatus((s) => (s === 'connecting' ? 'silent' : s)),
      NO_ANSWER_MS,
    );
    client.system.getAllowedServices({ timeoutMs: 0 }).then(
      () => live && setStatus('connected'),
      () => {},
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client]);
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
