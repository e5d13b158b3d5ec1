import type { SimulatedWorkspace, WorkspaceSeed } from '@wwe-kit/simulator';
import type { InteractionSeed, SeedData } from './served';

/**
 * The simulated desktop's seed from the served seed data: the agent (Workspace's own field
 * names: `firstname`, `username`...), media, not-ready reasons, initial state, campaigns and the
 * directory of targets. Absent fields keep the simulator's defaults.
 *
 * @example
 * createSimulatedWorkspace({ ...workspaceSeed(served.seed), now: Date.now });
 */
export function workspaceSeed(seed: SeedData): WorkspaceSeed {
  const a = seed.agent ?? {};
  const agent: NonNullable<WorkspaceSeed['agent']> = {};
  if (a.firstName !== undefined) agent.firstname = a.firstName;
  if (a.lastName !== undefined) agent.lastname = a.lastName;
  if (a.userName !== undefined) agent.username = a.userName;
  if (a.employeeId !== undefined) agent.employeeId = a.employeeId;
  if (a.emailAddress !== undefined) agent.emailAddress = a.emailAddress;
  const out: WorkspaceSeed = {};
  if (Object.keys(agent).length) out.agent = agent;
  if (seed.media?.length) out.media = [...seed.media];
  if (seed.notReadyReasons?.length)
    out.notReadyReasons = seed.notReadyReasons.map((r) => ({ ...r }));
  if (seed.initialState) out.initialState = seed.initialState;
  if (seed.campaigns?.length) out.campaigns = structuredClone(seed.campaigns);
  if (seed.targets?.length) out.targets = seed.targets.map((t) => ({ ...t }));
  return out;
}

/**
 * Makes the seeded interactions arrive, in order: calls ring (`ani`, else `from`), chats invite
 * (`from`, else `ani`; `message` the first message), emails arrive (`subject`, else `message`).
 * Returns their interaction ids.
 *
 * @example
 * startSeedInteractions(workspace, [{ type: 'voice', ani: '5551234', userData: { Segment: 'Gold' } }]); // ['1']
 */
export function startSeedInteractions(
  workspace: Pick<
    SimulatedWorkspace,
    'simulateInboundCall' | 'simulateInboundChat' | 'simulateInboundEmail'
  >,
  interactions: readonly InteractionSeed[] = [],
): string[] {
  return interactions.map((i) => {
    const party = i.type === 'voice' ? (i.ani ?? i.from) : (i.from ?? i.ani);
    const userData = { ...i.userData };
    if (i.type === 'voice')
      return workspace.simulateInboundCall({ ...(party && { ani: party }), userData });
    if (i.type === 'chat')
      return workspace.simulateInboundChat({
        ...(party && { from: party }),
        ...(i.message !== undefined && { message: i.message }),
        userData,
      });
    const subject = i.subject ?? i.message;
    return workspace.simulateInboundEmail({
      ...(party && { from: party }),
      ...(subject !== undefined && { subject }),
      userData,
    });
  });
}
