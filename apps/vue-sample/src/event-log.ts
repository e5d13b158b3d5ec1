import { inject, provide, shallowRef, type InjectionKey, type ShallowRef } from 'vue';

/** One line of the event log. */
export interface LogEntry {
  id: number;
  text: string;
}

/** The panel's event log, shared by its components. */
export interface EventLog {
  entries: Readonly<ShallowRef<readonly LogEntry[]>>;
  add(text: string): void;
}

const KEY: InjectionKey<EventLog> = Symbol('event log');

/** Creates the log and provides it to the subtree. */
export function provideEventLog(): EventLog {
  const entries = shallowRef<readonly LogEntry[]>([]);
  let next = 1;
  const log: EventLog = {
    entries,
    add(text) {
      entries.value = [{ id: next++, text }, ...entries.value].slice(0, 200);
    },
  };
  provide(KEY, log);
  return log;
}

/** The log provided by the panel. */
export function useEventLog(): EventLog {
  const log = inject(KEY);
  if (!log) throw new Error('useEventLog() needs provideEventLog() in a parent');
  return log;
}
