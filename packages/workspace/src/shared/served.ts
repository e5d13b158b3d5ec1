import type { CampaignSeed } from '@wwe-kit/simulator';

/**
 * The paths the `wwe-workspace` server answers besides the page's own files.
 *
 * @example
 * const config = (await (await fetch(ENDPOINTS.config)).json()) as ServedConfig;
 */
export const ENDPOINTS = {
  /** `GET`: the current {@link ServedConfig} as JSON. */
  config: '/__wwe/config',
  /**
   * `GET`: server-sent events. `config` (data: a {@link ServedConfig}) when the INI file or its
   * seed file was saved and is valid; `config-error` (data: {@link ConfigError}) when it was saved
   * and is not (the page keeps the last good config); `reachability` (data: {@link Reachability}).
   */
  events: '/__wwe/events',
  /** `GET`: the current {@link Reachability} of the views' URLs as JSON. */
  reachability: '/__wwe/reachability',
  /** `GET`: what `wwe-workspace --replay` replays, a {@link ServedReplay} as JSON; `null` when none. */
  replay: '/__wwe/replay',
} as const;

/**
 * What `wwe-workspace --replay` replays: the recording (validated by the server) and how the
 * app's requests are matched to it.
 *
 * @example
 * const served = (await (await fetch(ENDPOINTS.replay)).json()) as ServedReplay | null;
 */
export interface ServedReplay {
  recording: { meta?: { appUrl?: string } };
  /** Match requests by name only (`--tolerant`). */
  tolerant: boolean;
}

/**
 * An interaction the desktop starts with (seed data).
 *
 * @example
 * const call: InteractionSeed = { type: 'voice', ani: '5551234', userData: { Segment: 'Gold' } };
 */
export interface InteractionSeed {
  type: 'voice' | 'chat' | 'email';
  /** Caller's number (voice) or the customer's name / address (chat, email). */
  ani?: string;
  from?: string;
  /** Chat: the first message. Email: the subject. */
  message?: string;
  subject?: string;
  userData?: Record<string, string>;
}

/**
 * A consult or transfer target of the agent's directory (seed data).
 *
 * @example
 * const target: TargetSeed = { type: 'AGENT', destination: 'jsmith', name: 'John Smith' };
 */
export interface TargetSeed {
  type:
    'AGENT' | 'AGENT_GROUP' | 'SKILL' | 'INTERACTION_QUEUE' | 'ROUTING_POINT' | 'CUSTOM_CONTACT';
  destination: string;
  name?: string;
}

/**
 * What the simulated desktop starts from: the `[wwe-kit]` section of the INI file merged over the
 * JSON or YAML file its `seed=` key names.
 *
 * @example
 * const seed: SeedData = { agent: { firstName: 'Ada', userName: 'ada' }, interactions: [{ type: 'voice', ani: '5551234' }] };
 */
export interface SeedData {
  agent?: {
    firstName?: string;
    lastName?: string;
    userName?: string;
    employeeId?: string;
    emailAddress?: string;
  };
  /** Media channels. Default voice, chat, email. */
  media?: string[];
  /** Not-ready reasons: display name and action code. */
  notReadyReasons?: { name: string; code: string }[];
  /** The agent's state at start (an operationName such as `Ready` or `NotReady`). */
  initialState?: string;
  interactions?: InteractionSeed[];
  targets?: TargetSeed[];
  campaigns?: CampaignSeed[];
}

/**
 * The configuration the server hands the page.
 *
 * @example
 * const { ini, seed, version } = served;
 */
export interface ServedConfig {
  /** Where it comes from: the INI file's path, or `--app` options. */
  source: string;
  /** The INI text (views and `service-client-api.*` options). */
  ini: string;
  seed: SeedData;
  /** Increases with every reload of the file. */
  version: number;
}

/**
 * Why a saved config was not applied.
 *
 * @example
 * const e: ConfigError = { file: 'workspace.ini', line: 12, message: 'Not an option line: foo' };
 */
export interface ConfigError {
  file: string;
  line?: number;
  message: string;
}

/**
 * Whether each view URL answered the server (probed from Node, so a view that stays empty says
 * why): URL → result.
 *
 * @example
 * const r: Reachability = { 'http://localhost:5173/': { ok: false, error: 'ECONNREFUSED' } };
 */
export type Reachability = Record<string, { ok: boolean; status?: number; error?: string }>;
