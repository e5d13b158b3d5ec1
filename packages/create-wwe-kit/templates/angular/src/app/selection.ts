import { Injectable, signal } from '@angular/core';

/** The interaction the agent selected in the list (its attached data shows below it). */
@Injectable({ providedIn: 'root' })
export class Selection {
  readonly interactionId = signal<string | undefined>(undefined);
}
