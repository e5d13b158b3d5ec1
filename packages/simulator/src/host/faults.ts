import { matchesRequest } from '@wwe-kit/core/internal';

/**
 * A fault to inject into the host's replies. `request` is an exact name, `namespace.*` or `*`.
 * `fail` answers with that error message without running the request; `drop` runs it but sends no
 * reply; `delayMs` runs it and sends the reply late. `times` limits how many requests it hits.
 *
 * @example
 * host.inject({ request: 'voice.dial', fail: 'Dial plan unavailable', times: 1 });
 * host.inject({ request: 'agent.*', delayMs: 500 });
 */
export interface FaultRule {
  /** The requests it hits: an exact name, `namespace.*` or `*`. */
  request: string;
  /** Runs the request and sends the reply this many ms late. */
  delayMs?: number;
  /** Runs the request and sends no reply. */
  drop?: boolean;
  /** Answers with this error message, without running the request. */
  fail?: string;
  /** How many requests it hits; default: every one until removed. */
  times?: number;
}

/**
 * The faults registered on a host, matched in the order they were added. Internal.
 *
 * @example
 * const faults = createFaults();
 * faults.add({ request: '*', drop: true, times: 1 });
 * faults.take('agent.get'); // the rule; the next take() returns undefined
 */
export function createFaults() {
  const rules: { rule: FaultRule; left: number }[] = [];
  return {
    add(rule: FaultRule): () => void {
      const entry = { rule: { ...rule }, left: rule.times ?? Infinity };
      rules.push(entry);
      return () => {
        const i = rules.indexOf(entry);
        if (i !== -1) rules.splice(i, 1);
      };
    },
    take(request: string): FaultRule | undefined {
      const entry = rules.find((e) => e.left > 0 && matchesRequest(e.rule.request, request));
      if (!entry) return undefined;
      if (--entry.left === 0) rules.splice(rules.indexOf(entry), 1);
      return entry.rule;
    },
    clear: () => void rules.splice(0),
    get size() {
      return rules.length;
    },
  };
}
