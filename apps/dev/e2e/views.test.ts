// Display modes: each view's frame is known to the host as Workspace shows it.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { setup, type E2E } from './fixture';
import { host } from './flows';

let e2e: E2E;
beforeAll(async () => {
  e2e = await setup('vue-sample');
}, 60_000);
afterAll(() => e2e?.close());

type Wwe = {
  wwe: {
    host: { frames(): { kind: string }[] };
    workspace: { handleRequest(name: string, params: unknown[]): unknown };
  };
};

test('tab, background, hidden and interaction views; dialogs only for web pages', async () => {
  const { page } = await e2e.open('modes');
  const kinds = () =>
    page.evaluate(() =>
      (window as unknown as Wwe).wwe.host
        .frames()
        .map((f) => f.kind)
        .sort(),
    );
  await expect.poll(kinds).toEqual(['background', 'hidden', 'tab']);
  // Three views of one origin: the inspector names each frame after its own view.
  for (const label of ['App', 'Background app', 'Hidden app']) {
    const cells = host
      .inspector(page)
      .getByRole('cell', { name: new RegExp(`^frame-\\d+ ${label}$`) });
    await expect.poll(() => cells.count()).toBeGreaterThan(0);
  }
  // An interaction view appears with the selected case.
  await host.simulateCall(page, '5550142');
  await host.interaction(page, '1').getByRole('button', { name: 'Select case' }).click();
  await expect.poll(kinds).toEqual(['background', 'hidden', 'interaction', 'tab']);
  await expect(page.locator('iframe[title="Case view #1"]').getAttribute('src')).resolves.toMatch(
    /case=00000000-0000-4000-8000-000000000001/,
  );
  // A dialog URL that is not a web page is never loaded (it would run with the page's origin).
  await page.evaluate(() =>
    (window as unknown as Wwe).wwe.workspace.handleRequest('system.openDialog', [
      'javascript:alert(1)',
      { label: 'Bad dialog' },
    ]),
  );
  const dialog = page.getByRole('dialog', { name: 'Bad dialog' });
  await expect(dialog.getByRole('alert').textContent()).resolves.toMatch(/Not a web page URL/);
  await expect(dialog.locator('iframe').getAttribute('src')).resolves.toBe('about:blank');
});
