// Handlers are typed by the core's catalog, but their parameters come from the wire: a malformed
// one gets Workspace's error reply naming it, and no value makes a handler throw anything else.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createSimulatedWorkspace, createWorkspaceHost, type SimulatedWorkspace } from '../src';
import { OPTIONS } from '@wwe-kit/core/internal';
import { simulatedRequests } from '../src/workspace/handlers';
import { rawFrame } from './helpers';

const ORIGIN = 'https://crm.example.com';
let dispose: (() => void) | undefined;
afterEach(() => dispose?.());

/** A desktop with a talking call ('1'), an accepted chat ('3') and a campaign. */
function busyDesktop(): SimulatedWorkspace {
  const workspace = createSimulatedWorkspace({
    campaigns: [{ name: 'Renewals', records: [{ handle: 1, phone: '5551000' }] }],
  });
  workspace.handleRequest('voice.answer', [workspace.simulateInboundCall()]);
  workspace.simulateInboundEmail();
  workspace.handleRequest('interaction.accept', [workspace.simulateInboundChat()]);
  return workspace;
}

describe('malformed parameters', () => {
  it.each([
    ['voice.dial', [42], "Parameter 'destination' must be a non-empty string"],
    ['voice.dial', [], "Parameter 'destination' must be a non-empty string"],
    ['voice.dial', ['5001', 'gold'], "Parameter 'userData' must be an object"],
    ['voice.dialEx', ['5001', null, [1]], "Parameter 'extensions' must be an object"],
    ['agent.setState', [{}], "Parameter 'operationName' must be a non-empty string"],
    ['media.setState', ['voice', 7], "Parameter 'operationName' must be a non-empty string"],
    ['interaction.setUserData', ['1', 'Key1=x'], "Parameter 'keyValues' must be an object"],
    ['interaction.deleteUserData', ['1', ''], "Parameter 'key' must be a non-empty string"],
    ['interaction.markdone', [1], "Parameter 'interactionId' must be a non-empty string"],
    ['email.create', [null], "Parameter 'destination' must be a non-empty string"],
    ['system.popupToast', ['hello'], "Parameter 'toast' must be an object"],
    ['system.openDialog', [['x'], {}], "Parameter 'url' must be a non-empty string"],
    ['messenger.broadcastMessage', [0, 'hi'], "Parameter 'channel' must be a non-empty string"],
    ['outbound.rescheduleRecord', ['1', 1, 5], "No campaign record for interaction '1'"],
    [
      'configuration.getOption',
      [[1]],
      "Parameter 'options' must be an option name or an array of option names",
    ],
  ])('%s %j: the error reply names the parameter', (request, parameters, errorMessage) => {
    const workspace = busyDesktop();
    const host = createWorkspaceHost({ workspace, options: { [OPTIONS.origins]: ORIGIN } });
    dispose = () => (host.dispose(), workspace.dispose());
    const [reply] = rawFrame(host, ORIGIN).request(request, parameters).slice(-1);
    expect(reply).toMatchObject({ referenceId: expect.any(String), errorMessage, request });
    expect(reply).not.toHaveProperty('data');
  });

  it('any parameters to any request: a result or an Error of the workspace, never a crash', () => {
    const value = fc.oneof(
      fc.constantFrom('1', '2', '3', 'Renewals', 'voice', 'Ready', 'wweCustomToast0', ''),
      fc.anything({ maxDepth: 2 }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...simulatedRequests()),
        fc.array(value, { maxLength: 5 }),
        (request, parameters) => {
          const workspace = busyDesktop();
          try {
            workspace.handleRequest(request, parameters);
          } catch (e) {
            // The simulator's own errors only: no TypeError from reading a malformed value.
            expect(e).toBeInstanceOf(Error);
            expect((e as Error).constructor).toBe(Error);
          } finally {
            workspace.dispose();
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
