import { createWorkspaceClient, workspaceStores } from '@wwe-kit/core';

// The Workspace origins this app trusts come from its configuration, never from the page that
// frames it: the simulated Workspace of development and tests runs on http://localhost:5170.
const client = createWorkspaceClient({ hostOrigin: 'http://localhost:5170' });
const { agent, interactions } = workspaceStores(client);

function render(): void {
  const a = agent.get();
  document.querySelector('#agent')!.textContent =
    a.status === 'ready' ? `Agent: ${a.agent.username ?? '?'}` : a.status;
  // Dial only once connected (the button is disabled in the HTML until then).
  document.querySelector<HTMLButtonElement>('#dial button')!.disabled = a.status !== 'ready';
  document.querySelector('#calls')!.replaceChildren(
    ...interactions.get().interactions.map((i) => {
      const li = document.createElement('li');
      li.textContent = `${i.media} ${i.ani ?? ''} ${i.state}`;
      return li;
    }),
  );
}
agent.subscribe(render);
interactions.subscribe(render);
render();

document.querySelector<HTMLFormElement>('#dial')!.addEventListener('submit', (e) => {
  e.preventDefault();
  const number = new FormData(e.currentTarget as HTMLFormElement).get('number');
  void client.voice.dial(String(number));
});
