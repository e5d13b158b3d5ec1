// The app logic of the replay tests, the same in the browser (flow-app.ts) and in Node: it answers
// a ringing call, writes the disposition once the call is talking, marks it done once released,
// and logs each interaction event as `EVENT:STATE`.
import type { WorkspaceClient } from '@wwe-kit/core';

export function callFlow(
  client: WorkspaceClient,
  log: (line: string) => void,
  dispositionKey = 'Disposition',
): () => void {
  const ignore = () => {};
  return client.on('interaction', (e) => {
    if (!e.interaction) return; // a case event
    const { interactionId: id, state } = e.interaction;
    log(`${e.eventType}:${state}`);
    if (e.eventType === 'ADDED' && state === 'RINGING') client.voice.answer(id).catch(ignore);
    if (e.eventType === 'ESTABLISHED')
      client.interaction.setUserData(id, { [dispositionKey]: 'Sale' }).catch(ignore);
    if (e.eventType === 'RELEASED') client.interaction.markdone(id).catch(ignore);
  });
}
