import type { CaseEventType, Interaction, InteractionEventType } from '@wwe-kit/core';
import { interactionIds, type Desktop } from './desktop';

/**
 * An interaction with Workspace's fields filled in (ids derived from `interactionId`, case, dates,
 * flags, `IW_CaseUid`/`IW_BundleUid` user data), as the desktop creates it. Pure. Internal.
 *
 * @example
 * newInteraction('1', { media: 'chat', state: 'INVITED' }, Date.now()).caseId;
 */
export function newInteraction(
  interactionId: string,
  fields: Partial<Interaction> & Pick<Interaction, 'media' | 'state'>,
  startDate: number,
): Interaction {
  const ids = interactionIds(interactionId);
  const caseId = fields.caseId ?? ids.caseId;
  const i: Interaction = {
    interactionId,
    caseId,
    bundleId: ids.bundleId,
    previousState: 'UNKNOWN',
    parties: [],
    isConsultation: false,
    isMainCaseInteraction: fields.isConsultation !== true,
    startDate,
    isCaseSelected: false,
    isCaseExpanded: false,
    ...fields,
  };
  i.userData = { ...fields.userData, IW_CaseUid: caseId, IW_BundleUid: i.bundleId as string };
  if (i.media === 'voice') {
    i.callUuid ??= ids.callUuid;
    i.recordingState ??= 'STOPPED';
  }
  return i;
}

/**
 * Adds a new interaction with Workspace's fields filled in (ids, case, dates, flags), raises
 * `ADDED` then `eventType` (e.g. `RINGING`; none when omitted), and returns it. Internal.
 *
 * @example
 * addInteraction(desktop, { media: 'chat', state: 'INVITED' }, 'INVITED'); // ADDED, INVITED
 */
export function addInteraction(
  d: Desktop,
  fields: Partial<Interaction> & Pick<Interaction, 'media' | 'state'>,
  eventType?: Exclude<InteractionEventType, CaseEventType>,
): Interaction {
  const i = newInteraction(d.nextInteractionId(), fields, d.now());
  d.interactions.set(i.interactionId, i);
  d.emitInteraction('ADDED', i);
  if (eventType) d.emitInteraction(eventType, i);
  d.changed();
  return i;
}

/**
 * Removes an interaction from the desktop and raises `REMOVED`. Internal.
 *
 * @example
 * removeInteraction(desktop, desktop.interaction('1')); // REMOVED
 */
export function removeInteraction(d: Desktop, i: Interaction): void {
  d.interactions.delete(i.interactionId);
  d.blockedMarkdone.delete(i.interactionId);
  d.emitInteraction('REMOVED', i);
  d.changed();
}

/**
 * Selects a case: its interactions get `isCaseSelected`/`isCaseExpanded`; `CASE_SELECTED` follows,
 * as documented: `{ eventType, selectedCaseId }` only.
 *
 * @example
 * selectCase(desktop, desktop.interaction('1').caseId);
 */
export function selectCase(d: Desktop, caseId: string): void {
  const members = [...d.interactions.values()].filter((i) => i.caseId === caseId);
  if (members.length === 0) throw new Error(`Case '${String(caseId)}' not found`);
  for (const i of d.interactions.values()) {
    i.isCaseSelected = i.caseId === caseId;
    if (i.isCaseSelected) i.isCaseExpanded = true;
  }
  d.emitCase('CASE_SELECTED', caseId);
  d.changed();
}

/**
 * Expands or collapses a case view; `CASE_EXPANDED` or `CASE_COLLAPSED` follows (`selectedCaseId`
 * only, as documented).
 *
 * @example
 * expandCase(desktop, caseId, false); // CASE_COLLAPSED
 */
export function expandCase(d: Desktop, caseId: string, expanded: boolean): void {
  const members = [...d.interactions.values()].filter((i) => i.caseId === caseId);
  if (members.length === 0) throw new Error(`Case '${caseId}' not found`);
  for (const i of members) i.isCaseExpanded = expanded;
  d.emitCase(expanded ? 'CASE_EXPANDED' : 'CASE_COLLAPSED', caseId);
  d.changed();
}
