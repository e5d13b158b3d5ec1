// The Workspace page: a simulated workspace and host on this window, embedding the app page from
// the URLs given in the query string (`frame`, repeated), or opening it as a popup (`popup`).
import { createSimulatedWorkspace, createWorkspaceHost } from '@wwe-kit/simulator';

const query = new URLSearchParams(location.search);
const workspace = createSimulatedWorkspace();
const host = createWorkspaceHost({ window, workspace, options: query.get('options') ?? '' });
(window as any).sim = { workspace, host };
for (const src of query.getAll('frame')) {
  const iframe = document.createElement('iframe');
  iframe.src = src;
  iframe.title = 'app';
  iframe.style.cssText = 'width: 900px; height: 700px';
  document.body.append(iframe);
}
const popup = query.get('popup');
if (popup) (window as any).openApp = () => window.open(popup, 'app', 'width=900,height=700');
