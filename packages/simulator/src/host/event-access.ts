/**
 * The request whose result reveals what an event of a topic carries: an origin's request filter
 * must allow it for the origin to receive the topic's events (the host's `eventsByRequestFilter`,
 * on by default). `interaction` and `markdone` events carry interactions, as
 * `interaction.getInteractions` does; `messenger:<channel>` events are what
 * `messenger.broadcastMessage` sends. `undefined` for a topic Workspace never raises.
 *
 * @example
 * eventReadRequest('interaction'); // 'interaction.getInteractions'
 * eventReadRequest('messenger:crm'); // 'messenger.broadcastMessage'
 */
export function eventReadRequest(topic: string): string | undefined {
  if (topic.startsWith('messenger:')) return 'messenger.broadcastMessage';
  return READ_REQUESTS.get(topic);
}

const READ_REQUESTS = new Map([
  ['agent', 'agent.getState'],
  ['media', 'media.getMediaList'],
  ['interaction', 'interaction.getInteractions'],
  ['markdone', 'interaction.getInteractions'],
  ['system', 'system.popupToast'],
  ['outbound', 'outbound.getCampaigns'],
]);
