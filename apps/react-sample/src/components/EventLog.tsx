import type { LogEntry } from '../use-event-log';

/** The latest events, newest first. */
export function EventLog({ entries }: { entries: readonly LogEntry[] }) {
  return (
    <section aria-label="Event log">
      <h2>Event log</h2>
      <ol className="log" reversed>
        {entries.map((e) => (
          <li key={e.seq}>{e.text}</li>
        ))}
      </ol>
    </section>
  );
}
