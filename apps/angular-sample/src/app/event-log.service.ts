import { Injectable, signal } from '@angular/core';

/** The panel's event log: the latest 50 lines, newest first. */
@Injectable({ providedIn: 'root' })
export class EventLog {
  private readonly lines = signal<readonly string[]>([]);
  readonly entries = this.lines.asReadonly();

  add(line: string): void {
    this.lines.update((l) => [`${new Date().toLocaleTimeString()} ${line}`, ...l].slice(0, 50));
  }
}
