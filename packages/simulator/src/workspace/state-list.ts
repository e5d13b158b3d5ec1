import type { State } from '@wwe-kit/core';

/**
 * The operation names of the simulated state list, as `agent.setState` and `media.setState` take
 * them. Not Ready reasons get `NotReady<Reason>` (spaces removed), e.g. `NotReadyBreak`.
 *
 * | operationName | state | displayName |
 * |---|---|---|
 * | `Ready` | `READY` | Ready |
 * | `NotReady` | `NOT_READY` | Not Ready |
 * | `NotReady<Reason>` | `NOT_READY_ACTION_CODE` (+ `reason`, `reasonCode`) | Not Ready - <Reason> |
 * | `AfterCallWork` | `NOT_READY_AFTER_CALLWORK` | After Call Work |
 * | `DoNotDisturb` | `DO_NOT_DISTURB` | Do Not Disturb |
 * | `LogoutAll` | `LOGGED_OUT` | Log Off |
 *
 * @example
 * workspace.setAgentState(STATE_OPERATIONS.afterCallWork);
 */
export const STATE_OPERATIONS = {
  ready: 'Ready',
  notReady: 'NotReady',
  afterCallWork: 'AfterCallWork',
  doNotDisturb: 'DoNotDisturb',
  logout: 'LogoutAll',
} as const;

/**
 * The Not Ready reasons of a default simulated agent.
 *
 * @example
 * createSimulatedWorkspace({ notReadyReasons: [...DEFAULT_NOT_READY_REASONS, { name: 'Training', code: '1513' }] });
 */
export const DEFAULT_NOT_READY_REASONS = [
  { name: 'Break', code: '1511' },
  { name: 'Lunch', code: '1512' },
];

/**
 * Builds the agent's state list: Ready, Not Ready, one Not Ready entry per reason, After Call
 * Work, Do Not Disturb and Log Off.
 *
 * @example
 * buildStateList([{ name: 'Break', code: '1511' }]).map((s) => s.operationName);
 * // ['Ready', 'NotReady', 'NotReadyBreak', 'AfterCallWork', 'DoNotDisturb', 'LogoutAll']
 */
export function buildStateList(
  reasons: { name: string; code: string }[] = DEFAULT_NOT_READY_REASONS,
): State[] {
  return [
    { operationName: 'Ready', displayName: 'Ready', state: 'READY' },
    { operationName: 'NotReady', displayName: 'Not Ready', state: 'NOT_READY' },
    ...reasons.map((r): State => ({
      operationName: `NotReady${r.name.replace(/\s+/g, '')}`,
      displayName: `Not Ready - ${r.name}`,
      state: 'NOT_READY_ACTION_CODE',
      reason: r.name,
      reasonCode: r.code,
    })),
    {
      operationName: 'AfterCallWork',
      displayName: 'After Call Work',
      state: 'NOT_READY_AFTER_CALLWORK',
    },
    { operationName: 'DoNotDisturb', displayName: 'Do Not Disturb', state: 'DO_NOT_DISTURB' },
    { operationName: 'LogoutAll', displayName: 'Log Off', state: 'LOGGED_OUT' },
  ];
}

/**
 * Finds a state of the list by operationName, or throws the error Workspace's reply carries.
 *
 * @example
 * findState(buildStateList(), 'NotReadyLunch').reasonCode; // '1512'
 */
export function findState(list: readonly State[], operationName: unknown): State {
  const found = list.find((s) => s.operationName === operationName);
  if (!found) throw new Error(`Unknown state operation '${String(operationName)}'`);
  return found;
}
