import { afterEach, describe, expect, it } from 'vitest';
import { createTestWorkspace, type TestWorkspace } from '../src';
import { rawFrame } from './helpers';

const ORIGINS = {
  'service-client-api.accepted-web-content-origins':
    'http://agent-only (agent.*), http://reader (interaction.getInteractions, agent.getState), http://all (*), http://bare',
};

let t: TestWorkspace;
afterEach(() => t.dispose());

describe('events follow the origin request filter', () => {
  it('an origin allowed only agent.* gets agent events, no interaction event, ANI or user data', () => {
    t = createTestWorkspace({ options: ORIGINS });
    const frames = ['http://agent-only', 'http://reader', 'http://all', 'http://bare'].map((o) => {
      const f = rawFrame(t.host, o);
      f.subscribe(['agent', 'interaction', 'markdone', 'media']);
      return f;
    });
    t.workspace.simulateInboundCall({ ani: '5550199', userData: { Key1: 'v' } });
    t.workspace.setAgentState('NotReady');
    const [agentOnly, reader, all, bare] = frames;
    expect(agentOnly!.events('interaction')).toEqual([]);
    expect(JSON.stringify(agentOnly!.inbox)).not.toContain('5550199');
    expect(agentOnly!.events('agent')).toHaveLength(1);
    expect(agentOnly!.events('media')).toEqual([]); // media.getMediaList is not allowed
    expect(reader!.events('interaction').map((e) => e.eventType)).toEqual(['ADDED', 'RINGING']);
    expect(reader!.events('media')).toEqual([]);
    for (const f of [all!, bare!]) {
      expect(f.events('interaction')).toHaveLength(2);
      expect(f.events('media')).toHaveLength(3);
    }
    // The request itself is refused, as before.
    expect(agentOnly!.request('interaction.getInteractions')).toEqual([]);
  });

  it('the log records each withheld event and why', () => {
    t = createTestWorkspace({ options: ORIGINS });
    rawFrame(t.host, 'http://agent-only').subscribe(['interaction']);
    t.workspace.simulateInboundCall();
    const withheld = t.host.log().filter((e) => e.withheld?.event);
    expect(withheld).toHaveLength(2);
    expect(withheld[0]).toMatchObject({
      direction: 'out',
      type: 'event',
      topic: 'interaction',
      origin: 'http://agent-only',
      message: { event: 'interaction', eventType: 'ADDED' },
      withheld: {
        reason:
          "service-client-api.accepted-web-content-origins: the filter of http://agent-only does not allow 'interaction.getInteractions'",
        event: true,
      },
    });
  });

  it('messenger, system and outbound topics need their own request', () => {
    t = createTestWorkspace({
      options: {
        'service-client-api.accepted-web-content-origins':
          'http://a (messenger.*), http://b (agent.*), http://sender (messenger.broadcastMessage)',
      },
    });
    const a = rawFrame(t.host, 'http://a');
    const b = rawFrame(t.host, 'http://b');
    a.subscribe(['messenger:crm']);
    b.subscribe(['messenger:crm']);
    rawFrame(t.host, 'http://sender').request('messenger.broadcastMessage', ['crm', { hi: 1 }]);
    expect(a.events('messenger:crm')).toEqual([{ hi: 1 }]);
    expect(b.events('messenger:crm')).toEqual([]);
  });

  it('restrictTabsToDial: a tab that may only dial gets no event', () => {
    t = createTestWorkspace({
      host: { restrictTabsToDial: true },
      options: { 'service-client-api.accepted-web-content-origins': 'http://tab' },
    });
    const tab = rawFrame(t.host, 'http://tab', 'tab');
    const popup = rawFrame(t.host, 'http://tab', 'popup');
    tab.subscribe(['interaction']);
    popup.subscribe(['interaction']);
    t.workspace.simulateInboundCall();
    expect(tab.events('interaction')).toEqual([]);
    expect(popup.events('interaction')).toHaveLength(2);
  });

  it('eventsByRequestFilter: false delivers every subscribed topic to any accepted origin', () => {
    t = createTestWorkspace({ options: ORIGINS, host: { eventsByRequestFilter: false } });
    const f = rawFrame(t.host, 'http://agent-only');
    f.subscribe(['interaction']);
    t.workspace.simulateInboundCall();
    expect(f.events('interaction')).toHaveLength(2);
  });
});
