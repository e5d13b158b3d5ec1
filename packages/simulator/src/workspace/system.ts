import type { MenuBarView, ToastParams } from '@wwe-kit/core';
import type { Desktop } from './desktop';
import { keyValues, str, type Handler, type Handlers } from './params';

const toast = (d: Desktop, id: unknown) => {
  const t = typeof id === 'string' ? d.toasts.get(id) : undefined;
  if (!t) throw new Error(`Toast '${String(id)}' not found`);
  return t;
};

/**
 * Closes a toast (or does nothing if it is already closed).
 *
 * @example
 * closeToast(desktop, 'wweCustomToast0');
 */
export function closeToast(d: Desktop, id: string): void {
  if (d.toasts.delete(id)) d.changed();
}

/**
 * The agent clicks a toast button: `CUSTOM_TOAST_BUTTON_CLICK` to the frame that opened it; the toast closes.
 *
 * @example
 * clickToastButton(desktop, 'wweCustomToast0', 0); // system CUSTOM_TOAST_BUTTON_CLICK
 */
export function clickToastButton(d: Desktop, id: string, buttonIndex: number): void {
  const t = toast(d, id);
  const count = t.params.buttons?.length ?? 0;
  if (!Number.isInteger(buttonIndex) || buttonIndex < 0 || buttonIndex >= count)
    throw new Error(`Toast '${id}' has no button ${buttonIndex}`);
  d.emit(
    'system',
    { eventType: 'CUSTOM_TOAST_BUTTON_CLICK', customToastId: id, buttonIndex },
    t.frameId,
  );
  closeToast(d, id);
}

function scheduleAutoClose(d: Desktop, id: string, params: ToastParams): void {
  const ms = params.autoCloseTimeout;
  if (typeof ms !== 'number' || !(ms > 0)) return;
  const timer = setTimeout(() => {
    d.timers.delete(timer);
    closeToast(d, id);
  }, ms);
  (timer as { unref?: () => void }).unref?.();
  d.timers.add(timer);
}

/**
 * Closes a dialog (or does nothing if it is already closed).
 *
 * @example
 * closeDialog(desktop, 'wweCustomDialog1');
 */
export function closeDialog(d: Desktop, id: string): void {
  if (d.dialogs.delete(id)) d.changed();
}

const fullName = (d: Desktop) => [d.agent.firstname, d.agent.lastname].filter(Boolean).join(' ');
const flag =
  (f: (d: Desktop) => boolean): Handler<[], boolean> =>
  (d) =>
    f(d);
const set =
  (key: 'microphoneMuted' | 'speakerMuted', value: boolean): Handler<[], void> =>
  (d) => {
    d[key] = value;
    d.changed();
  };

/**
 * The `system.*` and `sipEndpoint.*` requests. Internal.
 *
 * @example
 * systemHandlers['system.popupToast'](desktop, [{ title: 'Hi' }], caller); // 'wweCustomToast0'
 */
export const systemHandlers = {
  'system.getAllowedServices': (_d, _p, caller) => [...caller.allowedServices],
  'system.triggerActivity': (d) => {
    d.lastActivityAt = d.now();
    d.changed();
  },
  'system.popupToast': (d, [toastParams], caller) => {
    const params = keyValues(toastParams, 'toast') as ToastParams;
    const id = `wweCustomToast${d.counters.toast++}`;
    d.toasts.set(id, {
      id,
      params: structuredClone(params),
      frameId: caller.frameId,
      openedAt: d.now(),
    });
    scheduleAutoClose(d, id, params);
    d.changed();
    return id;
  },
  'system.updateToast': (d, [toastId, toastParams]) => {
    const t = toast(d, str(toastId, 'toastId'));
    t.params = { ...t.params, ...structuredClone(keyValues(toastParams, 'toast')) };
    d.changed();
  },
  'system.closeToast': (d, [toastId]) => closeToast(d, toast(d, str(toastId, 'toastId')).id),
  'system.openDialog': (d, [dialogUrl, dialog], caller) => {
    // Dialog ids count from 1 (`wweCustomDialog1` first), toast ids from 0 (`wweCustomToast0`):
    // Genesys's sample page (the official sample beside wwe-service-client-api.js, recorded in
    // the official-client wire fixture) closes "wweCustomDialog1" right after its openDialog
    // example and uses "wweCustomToast0" for its toasts. The System namespace page gives no id.
    const id = `wweCustomDialog${++d.counters.dialog}`;
    const url = str(dialogUrl, 'url')
      .replaceAll('$Dialog.Id$', id)
      .replaceAll('$Agent.FullName$', encodeURIComponent(fullName(d)));
    d.dialogs.set(id, {
      ...structuredClone(keyValues(dialog, 'dialog')),
      id,
      url,
      frameId: caller.frameId,
    });
    d.changed();
    return id;
  },
  'system.closeDialog': (d, [dialogId]) => {
    const id = str(dialogId, 'dialogId');
    if (!d.dialogs.has(id)) throw new Error(`Dialog '${id}' not found`);
    closeDialog(d, id);
  },
  'system.updateViewInApplicationMenuBar': (d, [menuBarView]) => {
    const view = keyValues(menuBarView, 'view') as MenuBarView;
    if (typeof view.name !== 'string' || !view.name)
      throw new Error("A menu-bar view needs a 'name'");
    d.menuBarViews.set(view.name, { ...d.menuBarViews.get(view.name), ...structuredClone(view) });
    d.changed();
  },
  'system.closeViewInApplicationMenuBar': (d, [viewName]) => {
    const name = str(viewName, 'name');
    if (!d.menuBarViews.delete(name)) throw new Error(`Menu-bar view '${name}' not found`);
    d.changed();
  },
  'system.amIVisible': (_d, _p, caller) =>
    caller.visible ?? (caller.kind !== 'hidden' && caller.kind !== 'background'),
  'system.isFrameLeading': flag((d) => d.frameLeadership === 'leading'),
  'system.isFrameFollowing': flag((d) => d.frameLeadership === 'following'),
  'system.isFrameNegotiating': flag((d) => d.frameLeadership === 'negotiating'),
  'system.isFrameLeadingOrNegotiating': flag((d) => d.frameLeadership !== 'following'),
  'system.isLastActiveFrame': flag((d) => d.lastActiveFrame),
  'sipEndpoint.muteMicrophone': set('microphoneMuted', true),
  'sipEndpoint.unmuteMicrophone': set('microphoneMuted', false),
  'sipEndpoint.muteSpeaker': set('speakerMuted', true),
  'sipEndpoint.unmuteSpeaker': set('speakerMuted', false),
  'sipEndpoint.isMicrophoneMute': flag((d) => d.microphoneMuted),
  'sipEndpoint.isSpeakerMute': flag((d) => d.speakerMuted),
} satisfies Partial<Handlers>;
