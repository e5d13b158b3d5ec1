import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideWorkspace } from '@wwe-kit/angular';
import { createTestWorkspace, type TestWorkspace } from '@wwe-kit/simulator';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { CallPanelComponent } from './call-panel.component';

let t: TestWorkspace;
let fixture: ComponentFixture<CallPanelComponent>;

beforeEach(() => {
  t = createTestWorkspace();
  TestBed.configureTestingModule({
    providers: [provideZonelessChangeDetection(), provideWorkspace(t.client)],
  });
  fixture = TestBed.createComponent(CallPanelComponent);
});

afterEach(() => {
  fixture.destroy(); // destroy the component first
  t.dispose(); // then the client and the simulated Workspace
});

test('a simulated inbound call appears with its ANI', async () => {
  t.workspace.simulateInboundCall({ ani: '5551234' });
  await t.settled();
  await fixture.whenStable();

  const item: HTMLElement = fixture.nativeElement.querySelector('li');
  expect(item.textContent?.trim()).toBe('5551234: RINGING');
});

test('Dial sends voice.dial to Workspace, which answers it', async () => {
  const element: HTMLElement = fixture.nativeElement;
  element.querySelector('input')!.value = '5001';
  element.querySelector('button')!.click();
  await t.settled();
  await fixture.whenStable();

  expect(t.host.log()).toContainEqual(
    expect.objectContaining({ request: 'voice.dial', outcome: 'answered' }),
  );
  expect(t.workspace.getSnapshot().interactions).toMatchObject([
    { direction: 'OUT', dnis: '5001' },
  ]);
  expect(element.querySelector('li')?.textContent?.trim()).toBe('5001: TALKING');
});
