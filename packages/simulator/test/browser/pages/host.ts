// The Workspace page: a simulated workspace and host listening on this window, embedding
// the client page from the origins given in the query string.
import { createSimulatedWorkspace, createWorkspaceHost } from '../../../src/index';

const query = new URLSearchParams(location.search);
const workspace = createSimulatedWorkspace();
const host = createWorkspaceHost({ window, workspace, options: query.get('options') ?? '' });
(window as any).sim = { workspace, host };
for (const src of query.getAll('frame')) {
  const iframe = document.createElement('iframe');
  iframe.src = src;
  document.body.append(iframe);
}
