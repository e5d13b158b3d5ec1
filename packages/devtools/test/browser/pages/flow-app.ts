// An app embedded in Workspace that runs the call flow (call-flow.ts), with the devtools'
// production loader installed right after its client: asked for by the URL flag, the devtools
// record from the app's first message. `?key=` changes the disposition's user-data key (a
// changed app).
import { createWorkspaceClient } from '@wwe-kit/core';
import { installWorkspaceDevtools } from '../../../src/loader';
import { callFlow } from './call-flow';

const query = new URLSearchParams(location.search);
const client = createWorkspaceClient({ hostOrigin: query.get('host')! });
installWorkspaceDevtools(client);
const list = document.getElementById('events')!;
callFlow(
  client,
  (line) => {
    const li = document.createElement('li');
    li.textContent = line;
    list.append(li);
  },
  query.get('key') ?? undefined,
);
(window as any).app = { ready: true };
