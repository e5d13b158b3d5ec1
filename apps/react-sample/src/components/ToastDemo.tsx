import { useWorkspaceAction, useWorkspaceClient } from '@wwe-kit/react';
import { ErrorText } from './ErrorText';

/** Pops a Workspace toast with buttons; the clicks come back as `system` events (see the log). */
export function ToastDemo() {
  const client = useWorkspaceClient();
  const toast = useWorkspaceAction(() =>
    client.system.popupToast({
      title: 'VIP customer',
      message: 'Gold segment — open the account?',
      buttons: ['Open account', 'Later'],
      buttonShowDismiss: true,
    }),
  );
  return (
    <section aria-label="Toast">
      <h2>Toast</h2>
      <button disabled={toast.pending} onClick={() => toast.run()}>
        Show toast
      </button>
      {toast.data && <p>Opened {toast.data}</p>}
      <ErrorText error={toast.error} />
    </section>
  );
}
