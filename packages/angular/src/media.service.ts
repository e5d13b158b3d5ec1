import { Injectable, inject, type Signal } from '@angular/core';
import { workspaceStores, type MediaSnapshot } from '@wwe-kit/core';
import { injectWorkspaceStore } from './inject-workspace-store';
import { WORKSPACE_CLIENT } from './workspace-client';

/**
 * The agent's media channels and their states, as a signal. To change a channel's state, call
 * `client.media.setState(…)` (or wrap it in {@link injectWorkspaceAction}).
 *
 * @example
 * ```ts
 * readonly media = inject(MediaService);
 * // template: `@for (m of media.media().media; track m.name) { {{ m.name }} }`
 * ```
 */
@Injectable({ providedIn: 'root' })
export class MediaService {
  /** The media snapshot (`status`, `media`). */
  readonly media: Signal<MediaSnapshot> = injectWorkspaceStore(
    workspaceStores(inject(WORKSPACE_CLIENT)).media,
  );
}
