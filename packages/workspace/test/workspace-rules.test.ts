// Workspace's security rules (`@wwe-kit/core/internal`'s rules module) in one table, run against
// every user of the module: the rules themselves, the core client (`can()` and the NOT_ALLOWED
// check, fed the filter as Workspace's `system.getAllowedServices` answer), the simulator's host
// (a real request from a frame of that origin: answered, or refused with no reply), and the
// workspace server's config loading (an `--app` whose origin the option already accepts keeps the
// option as written; any other is added).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createWorkspaceClient } from '@wwe-kit/core';
import {
  OPTIONS,
  acceptLine,
  filterAllows,
  filterForOrigin,
  parseAcceptedOrigins,
} from '@wwe-kit/core/internal';
import { createMemoryTransport } from '@wwe-kit/core/testing';
import { createSimulatedWorkspace, createWorkspaceHost } from '@wwe-kit/simulator';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/node/config-file';

type Verdict = 'answered' | 'refused-filter' | 'refused-origin';
interface Case {
  /** The `service-client-api.accepted-web-content-origins` value. */
  option: string;
  /** The page's origin. */
  origin: string;
  request: string;
  expect: Verdict;
  /** Where the rule comes from. */
  source: string;
}

const PAGE = 'Service Client API page, "Origin"';
const AUTH = 'Auth namespace page: "you must explicitly define the full endpoint name"';
const FOUR =
  'http://my-web-server0, http://my-web-server1 (*), http://my-web-server2 (agent.*, voice.dial), http://my-web-server3 (agent.*, interaction.*)';

// prettier-ignore
const CASES: Case[] = [
  // The documented four-server example.
  { option: FOUR, origin: 'http://my-web-server0', request: 'agent.get', expect: 'answered', source: PAGE },
  { option: FOUR, origin: 'http://my-web-server0', request: 'outbound.getCampaigns', expect: 'answered', source: PAGE },
  { option: FOUR, origin: 'http://my-web-server1', request: 'voice.dial', expect: 'answered', source: PAGE },
  { option: FOUR, origin: 'http://my-web-server2', request: 'agent.setState', expect: 'answered', source: PAGE },
  { option: FOUR, origin: 'http://my-web-server2', request: 'agent.getStateList', expect: 'answered', source: PAGE },
  { option: FOUR, origin: 'http://my-web-server2', request: 'voice.dial', expect: 'answered', source: PAGE },
  { option: FOUR, origin: 'http://my-web-server2', request: 'voice.hangUp', expect: 'refused-filter', source: PAGE },
  { option: FOUR, origin: 'http://my-web-server2', request: 'interaction.getInteractions', expect: 'refused-filter', source: PAGE },
  { option: FOUR, origin: 'http://my-web-server3', request: 'interaction.setUserData', expect: 'answered', source: PAGE },
  { option: FOUR, origin: 'http://my-web-server3', request: 'voice.dial', expect: 'refused-filter', source: PAGE },
  { option: FOUR, origin: 'http://my-web-server4', request: 'agent.get', expect: 'refused-origin', source: PAGE },
  // Empty (the default) accepts nothing; `*` accepts any origin.
  { option: '', origin: 'http://crm.test', request: 'agent.get', expect: 'refused-origin', source: 'option reference: default empty' },
  { option: '*', origin: 'https://any.example', request: 'agent.get', expect: 'answered', source: PAGE },
  // auth.getJwtToken: only when named in full.
  { option: FOUR, origin: 'http://my-web-server0', request: 'auth.getJwtToken', expect: 'refused-filter', source: AUTH },
  { option: FOUR, origin: 'http://my-web-server1', request: 'auth.getJwtToken', expect: 'refused-filter', source: AUTH },
  { option: '*', origin: 'https://any.example', request: 'auth.getJwtToken', expect: 'refused-filter', source: AUTH },
  { option: 'http://crm.test (auth.*)', origin: 'http://crm.test', request: 'auth.getJwtToken', expect: 'refused-filter', source: AUTH },
  { option: 'http://crm.test (auth.*)', origin: 'http://crm.test', request: 'auth.getPureCloudToken', expect: 'answered', source: PAGE },
  { option: 'https://genesyspureengage.github.io (*, auth.getJwtToken)', origin: 'https://genesyspureengage.github.io', request: 'auth.getJwtToken', expect: 'answered', source: AUTH },
  { option: 'https://genesyspureengage.github.io (*, auth.getJwtToken)', origin: 'https://genesyspureengage.github.io', request: 'voice.dial', expect: 'answered', source: AUTH },
  // An origin's own entry wins over `*`; the first entry of an origin wins.
  { option: 'http://crm.test (agent.*), *', origin: 'http://crm.test', request: 'voice.dial', expect: 'refused-filter', source: 'inferred: own entry before *' },
  { option: 'http://crm.test (agent.*), *', origin: 'http://other.test', request: 'voice.dial', expect: 'answered', source: PAGE },
  { option: 'http://crm.test (agent.*), http://crm.test', origin: 'http://crm.test', request: 'voice.dial', expect: 'refused-filter', source: 'inferred: first entry wins' },
  // Origins compared as origins: a trailing slash, letter case, no space before the filter; ports count.
  { option: 'http://crm.test/', origin: 'http://crm.test', request: 'agent.get', expect: 'answered', source: 'inferred: URL origin' },
  { option: 'HTTPS://CRM.Example.com', origin: 'https://crm.example.com', request: 'agent.get', expect: 'answered', source: 'inferred: URL origin' },
  { option: 'http://crm.test(agent.*)', origin: 'http://crm.test', request: 'agent.get', expect: 'answered', source: 'inferred: filter syntax' },
  { option: 'http://crm.test:8080', origin: 'http://crm.test', request: 'agent.get', expect: 'refused-origin', source: 'inferred: URL origin' },
  { option: 'http://crm.test (agent.*)', origin: 'http://crm.test', request: 'agentx.get', expect: 'refused-filter', source: 'inferred: namespace boundary' },
  // Opaque origins (sandboxed frames, file: pages) are never accepted.
  { option: '*', origin: 'null', request: 'agent.get', expect: 'refused-origin', source: 'inferred: opaque origin' },
];

const label = (c: Case) => `${c.option || '(empty)'} | ${c.origin} | ${c.request} → ${c.expect}`;

describe.each(CASES)('$request from $origin', (c) => {
  it(`rules: ${label(c)}`, () => {
    const filter = filterForOrigin(parseAcceptedOrigins(c.option), c.origin);
    const verdict: Verdict =
      filter === undefined
        ? 'refused-origin'
        : filterAllows(filter, c.request)
          ? 'answered'
          : 'refused-filter';
    expect(verdict, c.source).toBe(c.expect);
  });

  it(`core can() and NOT_ALLOWED: ${label(c)}`, async () => {
    const { transport, host } = createMemoryTransport();
    const filter = filterForOrigin(parseAcceptedOrigins(c.option), c.origin);
    // Workspace answers `system.getAllowedServices` with the origin's filter (`*` for none), and
    // nothing at all to a refused origin.
    host.onMessage((m) => {
      if ('request' in m && m.request === 'system.getAllowedServices' && filter !== undefined)
        host.post({
          referenceId: m.referenceId,
          data: filter ?? ['*'],
          userAgent: 'WWE Server',
          protocolVersion: 2,
        });
    });
    const client = createWorkspaceClient({ transport, timeoutMs: 30 });
    try {
      client.can(c.request);
      await new Promise((r) => setTimeout(r, 0));
      const can = client.can(c.request);
      if (c.expect === 'refused-origin') return expect(can).toBeUndefined();
      expect(can, c.source).toBe(c.expect === 'answered');
      if (c.expect === 'refused-filter') {
        const e = await client
          .request(c.request as 'agent.get', [] as never)
          .catch((x: unknown) => x);
        expect(e).toMatchObject({ code: 'NOT_ALLOWED' });
        expect((e as { hint: string }).hint).toContain(OPTIONS.origins);
      }
    } finally {
      client.dispose();
    }
  });

  it(`simulator host: ${label(c)}`, () => {
    const host = createWorkspaceHost({
      workspace: createSimulatedWorkspace(),
      options: { [OPTIONS.origins]: c.option },
    });
    const inbox: { referenceId?: unknown }[] = [];
    const frame = host.attachFrame({ origin: c.origin, post: (m) => inbox.push(m as never) });
    frame.receive({
      request: c.request,
      referenceId: 'r1',
      userAgent: 'WWE Client',
      protocolVersion: 2,
    });
    const outcome = host.log().find((e) => e.direction === 'in')?.outcome;
    const replied = inbox.some((m) => m.referenceId === 'r1');
    host.dispose();
    // A request that reaches Workspace is answered (a result, or an error such as a missing
    // parameter); a refused one gets no reply at all.
    if (c.expect === 'answered') {
      expect(outcome, c.source).toMatch(/^(answered|error)$/);
      expect(replied).toBe(true);
    } else {
      expect(outcome, c.source).toBe(c.expect);
      expect(replied).toBe(false);
    }
  });

  it.skipIf(c.origin === 'null')(`workspace config: ${label(c)}`, () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wwe-rules-'));
    const ini = path.join(dir, 'workspace.ini');
    writeFileSync(ini, `[interaction-workspace]\n${OPTIONS.origins}=${c.option}\n`);
    const { options } = loadConfig({ config: ini, apps: [{ url: `${c.origin}/app/` }] });
    const written = options[OPTIONS.origins];
    // An app whose origin is already accepted keeps the administrator's line (and its filter).
    if (c.expect !== 'refused-origin') expect(written, c.source).toBe(c.option);
    else
      expect(written).toBe(
        c.option ? `${c.option}, ${new URL(c.origin).origin}` : new URL(c.origin).origin,
      );
  });
});

it('the connection hint names the option', () => {
  expect(acceptLine('https://crm.example.com', 'voice.dial')).toBe(
    `${OPTIONS.origins}=https://crm.example.com (voice.dial, …)`,
  );
});
