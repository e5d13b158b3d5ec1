import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { createTestWorkspace, type TestWorkspace } from '@wwe-kit/simulator';
import { afterEach, expect, test } from 'vitest';
// The Workspace options of `npm run dev`: the app must work under its own request filter.
import workspaceIni from '../../workspace.ini?raw';
import { App } from './app';
import { appConfig } from './app.config';

let t: TestWorkspace;
let fixture: ComponentFixture<App>;
let element: HTMLElement;

/** The app, with its own providers, against a simulated Workspace (no browser, no server). */
async function start(options?: Parameters<typeof createTestWorkspace>[0]): Promise<void> {
  t = createTestWorkspace(options);
  TestBed.configureTestingModule(appConfig({ client: t.client, dispose: () => {} }));
  fixture = TestBed.createComponent(App);
  element = fixture.nativeElement;
  await settled();
}

/** Every message delivered and every store updated (`t.settled()`), then rendered. */
async function settled(): Promise<void> {
  await t.settled();
  await fixture.whenStable();
}

const $ = <T extends Element = HTMLElement>(selector: string): T => {
  const found = element.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};

/** Types `value` into an input as a user does (an `input` event). */
async function type(selector: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(selector);
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await fixture.whenStable();
}

afterEach(() => {
  fixture.destroy(); // destroy the component first
  t.dispose(); // then the client and the simulated Workspace
});

test('a simulated inbound call appears in the interaction list', async () => {
  await start();
  t.workspace.simulateInboundCall({ ani: '5551234' });
  await settled();

  expect($('ul[aria-label="Interactions"]').textContent).toContain('voice 5551234 RINGING');
});

test('Dial sends voice.dial to Workspace, which answers it', async () => {
  await start();
  await type('input[type="tel"]', '5001');
  $('form[aria-label="Click-to-dial"] button').click();
  await settled();

  expect(t.host.log()).toContainEqual(
    expect.objectContaining({ request: 'voice.dial', outcome: 'answered' }),
  );
  expect(t.workspace.getSnapshot().interactions).toMatchObject([
    { direction: 'OUT', dnis: '5001' },
  ]);
  expect($('ul[aria-label="Interactions"]').textContent).toContain('voice 5001 TALKING');
});

test('the agent state select changes the state in Workspace', async () => {
  await start();
  const select = $<HTMLSelectElement>('select[aria-label="Agent state"]');
  select.value = 'NotReady';
  select.dispatchEvent(new Event('change'));
  await settled();

  expect(t.workspace.getSnapshot().agentState).toMatchObject({ operationName: 'NotReady' });
});

test("the selected interaction's attached data can be edited", async () => {
  await start();
  t.workspace.simulateInboundCall({ ani: '5551234', userData: { Note: 'first' } });
  await settled();
  $('ul[aria-label="Interactions"] button').click();
  await fixture.whenStable();
  expect($('table').textContent).toContain('first');

  await type('input[aria-label="Value"]', 'VIP');
  $('form[aria-label="Set attached data"] button').click();
  await settled();

  expect(t.host.log()).toContainEqual(
    expect.objectContaining({ request: 'interaction.setUserData', outcome: 'answered' }),
  );
  expect($('table').textContent).toContain('VIP');
});

test('everything works under workspace.ini (its origin, request filter and user-data lists)', async () => {
  await start({ origin: 'http://localhost:4200', options: workspaceIni });
  t.workspace.simulateInboundCall({ ani: '5551234', userData: { Note: 'first' } });
  await settled();
  const select = $<HTMLSelectElement>('select[aria-label="Agent state"]');
  select.value = 'NotReady';
  select.dispatchEvent(new Event('change'));
  $('ul[aria-label="Interactions"] button').click();
  await fixture.whenStable();
  await type('input[aria-label="Value"]', 'VIP');
  $('form[aria-label="Set attached data"] button').click();
  await type('input[type="tel"]', '5001');
  $('form[aria-label="Click-to-dial"] button').click();
  await settled();

  const inbound = t.host.log().filter((m) => m.direction === 'in');
  expect(inbound.filter((m) => m.outcome !== 'answered')).toEqual([]);
  expect(inbound.map((m) => m.request)).toEqual(
    expect.arrayContaining(['agent.setState', 'interaction.setUserData', 'voice.dial']),
  );
  expect($('[data-testid="connection"]').dataset['status']).toBe('connected');
  expect($('ul[aria-label="Interactions"]').textContent).toContain('voice 5001');
});
