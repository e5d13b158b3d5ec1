import type {
  Agent,
  DialogParams,
  Interaction,
  JwtToken,
  KeyValues,
  Media,
  MenuBarView,
  Section,
  State,
  ToastParams,
  TransferTarget,
} from './types';

/** The requests of `client.agent`: what each does, its parameters and its result. */
export interface AgentRequests {
  /** Gets the signed-in agent: employee id, first and last name, user name and roles. */
  get: { params: []; result: Agent };
  /** Gets the agent's current state (Ready, Not Ready, After Call Work, ...). */
  getState: { params: []; result: State };
  /** Gets the states the agent may choose, each with the `operationName` that `setState` takes. */
  getStateList: { params: []; result: State[] };
  /** Changes the agent's state: `operationName` of a state from `getStateList`, e.g. `"NotReady"`. */
  setState: { params: [operationName: string]; result: void };
}

/** The requests of `client.interaction`: what each does, its parameters and its result. */
export interface InteractionRequests {
  /** Gets the interactions currently in the agent's Workspace. */
  getInteractions: { params: []; result: Interaction[] };
  /** Gets one interaction by its id, or `null` when Workspace has none with that id. */
  getByInteractionId: { params: [interactionId: string]; result: Interaction | null };
  /** Attaches key/value pairs to an interaction's user data, overwriting those keys (subject to `user-data.write-allowed`). */
  setUserData: { params: [interactionId: string, keyValues: KeyValues]; result: void };
  /** Deletes one key from an interaction's user data (subject to `user-data.write-allowed`). */
  deleteUserData: { params: [interactionId: string, key: string]; result: void };
  /** Selects the case with this id in Workspace; the interaction event `CASE_SELECTED` follows. */
  selectCaseByCaseId: { params: [caseId: string]; result: void };
  /** Marks the interaction as done, closing it in Workspace. */
  markdone: { params: [interactionId: string]; result: void };
  /** Stops the agent from marking the interaction as done; `warningMessage` tells them why. */
  blockMarkdone: { params: [interactionId: string, warningMessage: string]; result: void };
  /** Lets the agent mark the interaction as done again, after `blockMarkdone`. */
  unblockMarkdone: { params: [interactionId: string]; result: void };
  /** Accepts an incoming (ringing or invited) interaction. */
  accept: { params: [interactionId: string]; result: void };
  /** Rejects an incoming (ringing or invited) interaction. */
  reject: { params: [interactionId: string]; result: void };
  /** Transfers the interaction to `target` in one step (agent, group, skill, queue, routing point or contact), with optional user data and extensions. */
  singleStepTransfer: {
    params: [
      interactionId: string,
      target: TransferTarget,
      userData?: KeyValues | null,
      extensions?: KeyValues | null,
    ];
    result: void;
  };
  /** Adds `target` to the interaction in one step, making it a conference, with optional user data and extensions. */
  singleStepConference: {
    params: [
      interactionId: string,
      target: TransferTarget,
      userData?: KeyValues | null,
      extensions?: KeyValues | null,
    ];
    result: void;
  };
  /** Starts a consultation with `targetQuery`: a consultation interaction appears, to finish with `completeTransfer` or `completeConference`. */
  consult: {
    params: [
      interactionId: string,
      targetQuery: TransferTarget,
      userData?: KeyValues | null,
      extensions?: KeyValues | null,
    ];
    result: void;
  };
  /** Completes a transfer to the party consulted in `consultInteractionId` (the consultation interaction). */
  completeTransfer: { params: [consultInteractionId: string]; result: void };
  /** Completes a conference with the party consulted in `consultInteractionId` (the consultation interaction). */
  completeConference: { params: [consultInteractionId: string]; result: void };
}

/** The requests of `client.voice`: what each does, its parameters and its result. */
export interface VoiceRequests {
  /** Dials `destination` (click-to-dial), optionally attaching `userData` to the new call. */
  dial: { params: [destination: string, userData?: KeyValues | null]; result: void };
  /** Dials `destination` with optional user data and extensions (flat key/value objects). */
  dialEx: {
    params: [destination: string, userData?: KeyValues | null, extensions?: KeyValues | null];
    result: void;
  };
  /** Answers a ringing voice call. */
  answer: { params: [interactionId: string]; result: void };
  /** Puts a voice call on hold. */
  hold: { params: [interactionId: string]; result: void };
  /** Resumes (retrieves) a held voice call. */
  resume: { params: [interactionId: string]; result: void };
  /** Hangs up (releases) a voice call. */
  hangUp: { params: [interactionId: string]; result: void };
  /** Starts recording the call; `recordingState` changes and `CALL_RECORDING_STATE_CHANGED` follows. */
  startCallRecording: { params: [interactionId: string]; result: void };
  /** Stops recording the call; `recordingState` changes and `CALL_RECORDING_STATE_CHANGED` follows. */
  stopCallRecording: { params: [interactionId: string]; result: void };
  /** Pauses recording the call; `recordingState` changes and `CALL_RECORDING_STATE_CHANGED` follows. */
  pauseCallRecording: { params: [interactionId: string]; result: void };
  /** Resumes a paused call recording; `recordingState` changes and `CALL_RECORDING_STATE_CHANGED` follows. */
  resumeCallRecording: { params: [interactionId: string]; result: void };
}

/** The requests of `client.sipEndpoint`: what each does, its parameters and its result. */
export interface SipEndpointRequests {
  /** Mutes the microphone of Workspace's SIP endpoint (softphone). */
  muteMicrophone: { params: []; result: void };
  /** Unmutes the microphone of Workspace's SIP endpoint (softphone). */
  unmuteMicrophone: { params: []; result: void };
  /** Mutes the speaker of Workspace's SIP endpoint (softphone). */
  muteSpeaker: { params: []; result: void };
  /** Unmutes the speaker of Workspace's SIP endpoint (softphone). */
  unmuteSpeaker: { params: []; result: void };
  /** Whether the SIP endpoint's microphone is muted. */
  isMicrophoneMute: { params: []; result: boolean };
  /** Whether the SIP endpoint's speaker is muted. */
  isSpeakerMute: { params: []; result: boolean };
}

/** The requests of `client.email`: what each does, its parameters and its result. */
export interface EmailRequests {
  /** Creates a new outbound email to `destination`, optionally attaching `userData`. */
  create: { params: [destination: string, userData?: KeyValues | null]; result: void };
}

/** The requests of `client.media`: what each does, its parameters and its result. */
export interface MediaRequests {
  /** Gets the agent's media channels (voice, chat, email, ...), each with its state. */
  getMediaList: { params: []; result: Media[] };
  /** Gets one media channel by name, e.g. `"voice"`. */
  getMediaByName: { params: [name: string]; result: Media };
  /** Changes the agent's state on one media channel, e.g. `("voice", "NotReady")`. */
  setState: { params: [mediaName: string, operationName: string]; result: void };
}

/** The requests of `client.system`: what each does, its parameters and its result. */
export interface SystemRequests {
  /** Gets the request names this frame may call (the origin's filter in `accepted-web-content-origins`). */
  getAllowedServices: { params: []; result: string[] };
  /** Resets Workspace's inactivity timer, as if the agent had used Workspace. */
  triggerActivity: { params: []; result: void };
  /** Shows a toast in Workspace; resolves with its id. A button click raises the `system` event `CUSTOM_TOAST_BUTTON_CLICK`. */
  popupToast: { params: [toast: ToastParams]; result: string };
  /** Updates a toast shown by `popupToast`. */
  updateToast: { params: [toastId: string, toast: ToastParams]; result: void };
  /** Closes a toast shown by `popupToast`. */
  closeToast: { params: [toastId: string]; result: void };
  /** Opens `url` in a Workspace dialog (label, width, height); resolves with the dialog id. */
  openDialog: { params: [url: string, dialog: DialogParams]; result: string };
  /** Closes a dialog opened by `openDialog`. */
  closeDialog: { params: [dialogId: string]; result: void };
  /** Adds a view to Workspace's application menu bar, or updates the one with the same `name`. */
  updateViewInApplicationMenuBar: { params: [view: MenuBarView]; result: void };
  /** Removes the view named `name` from Workspace's application menu bar. */
  closeViewInApplicationMenuBar: { params: [name: string]; result: void };
  /** Whether this frame's view is currently shown to the agent. */
  amIVisible: { params: []; result: boolean };
  /** Whether this Workspace browser tab leads (several tabs elect one leader). */
  isFrameLeading: { params: []; result: boolean };
  /** Whether this Workspace browser tab follows another, leading tab. */
  isFrameFollowing: { params: []; result: boolean };
  /** Whether the Workspace browser tabs are still electing their leader. */
  isFrameNegotiating: { params: []; result: boolean };
  /** Whether this Workspace browser tab leads or the tabs are still electing their leader. */
  isFrameLeadingOrNegotiating: { params: []; result: boolean };
  /** Whether this Workspace browser tab is the one the agent used last. */
  isLastActiveFrame: { params: []; result: boolean };
}

/** The requests of `client.outbound`: what each does, its parameters and its result. */
export interface OutboundRequests {
  /** Gets the outbound campaigns loaded for the agent. */
  getCampaigns: { params: []; result: unknown[] };
  /** Asks the named campaign for a preview record. */
  getPreviewRecord: { params: [campaignName: string]; result: unknown };
  /** Gets the records chained to the outbound record of the interaction. */
  getChainedRecords: { params: [interactionId: string]; result: unknown[] };
  /** Gets the fields of the outbound record of the interaction. */
  getRecordFields: { params: [interactionId: string]; result: KeyValues };
  /** Updates fields of the outbound record of the interaction with `recordData`. */
  updateRecordFields: { params: [interactionId: string, recordData: KeyValues]; result: void };
  /** Calls the preview record `recordHandle` of the interaction. */
  callPreviewRecord: { params: [interactionId: string, recordHandle: number]; result: void };
  /** Rejects the preview record of the interaction. */
  rejectPreviewRecord: { params: [interactionId: string]; result: void };
  /** Cancels the preview record of the interaction. */
  cancelPreviewRecord: { params: [interactionId: string]; result: void };
  /** Starts push preview: the campaign pushes preview records to the agent. */
  startDirectPushPreview: { params: []; result: void };
  /** Stops push preview. */
  stopDirectPushPreview: { params: []; result: void };
  /** Reschedules the record `recordHandle` to `rescheduleDate` (`"M/D/YYYY H:m"`), with `callbackType` e.g. `"CAMPAIGN"`. */
  rescheduleRecord: {
    params: [
      interactionId: string,
      recordHandle: number,
      /** `"M/D/YYYY H:m"` */
      rescheduleDate: string,
      callbackType: 'CAMPAIGN' | (string & {}),
    ];
    result: void;
  };
  /** Cancels the rescheduling of the record of the interaction. */
  cancelReschedule: { params: [interactionId: string]; result: void };
  /** Gets the call results (outcomes) the agent may set with `setCallResult`. */
  getListOfCallResults: { params: []; result: unknown[] };
  /** Sets the call result of the outbound record of the interaction (a number from `getListOfCallResults`). */
  setCallResult: { params: [interactionId: string, callResult: number]; result: void };
  /** Gets the call result of the outbound record of the interaction. */
  getCallResult: { params: [interactionId: string]; result: unknown };
  /** Marks the contact of the record of the interaction as Do Not Call. */
  setDoNotCall: { params: [interactionId: string]; result: void };
  /** Removes the Do Not Call mark from the contact of the record of the interaction. */
  removeDoNotCall: { params: [interactionId: string]; result: void };
}

/** The requests of `client.messenger`: what each does, its parameters and its result. */
export interface MessengerRequests {
  /** Sends `message` to every frame subscribed to `messenger:<channel>`, as that event's `data`. */
  broadcastMessage: { params: [channel: string, message: unknown]; result: void };
}

/** The requests of `client.configuration`: what each does, its parameters and its result. */
export interface ConfigurationRequests {
  /** Reads Workspace options, e.g. `"voice.*"` or `"Section/option"` (`*` only at the end of a word). */
  getOption: { params: [options: string | string[]]; result: Section[] };
  /** Reads Workspace options as they apply to one interaction (documented, absent from the official script). */
  getContextualOption: {
    params: [options: string | string[], interactionId: string];
    result: Section[];
  };
}

/** The requests of `client.auth`: what each does, its parameters and its result. */
export interface AuthRequests {
  /** Gets a JWT for the agent, `{ expiration, jwtToken }`; the origin's filter must name this request (`*` does not include it). */
  getJwtToken: { params: []; result: JwtToken };
  /** Gets a Genesys Cloud (PureCloud) token, a fresh one if `forceNewToken` (known from the official sample only). */
  getPureCloudToken: { params: [forceNewToken?: boolean]; result: unknown };
}

/**
 * Every request of the Service Client API, namespace by namespace: what it does, its positional
 * parameters and its result. The namespaced methods (`client.voice.dial`) take their types and their
 * documentation from here; {@link RequestMap} is the same catalog keyed by full request name.
 *
 * @example
 * type DialResult = NamespaceRequests['voice']['dial']['result']; // void
 */
export interface NamespaceRequests {
  agent: AgentRequests;
  interaction: InteractionRequests;
  voice: VoiceRequests;
  sipEndpoint: SipEndpointRequests;
  email: EmailRequests;
  media: MediaRequests;
  system: SystemRequests;
  outbound: OutboundRequests;
  messenger: MessengerRequests;
  configuration: ConfigurationRequests;
  auth: AuthRequests;
}

type FlatRequests = {
  [
    K in {
      [NS in keyof NamespaceRequests]: `${NS}.${keyof NamespaceRequests[NS] & string}`;
    }[keyof NamespaceRequests]
  ]: K extends `${infer NS extends keyof NamespaceRequests}.${infer M}`
    ? NamespaceRequests[NS][M & keyof NamespaceRequests[NS]]
    : never;
};

/**
 * Every request of the Service Client API by full name: its positional parameters and its result.
 * `client.request(name, parameters)` is typed from this map; each request is documented in
 * {@link NamespaceRequests}, its source.
 *
 * @example
 * type DialParams = RequestMap['voice.dial']['params']; // [destination: string, userData?: KeyValues | null]
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- an interface, for its name in messages
export interface RequestMap extends FlatRequests {}

/** The name of a request the API knows, e.g. `"voice.dial"`. */
export type RequestName = keyof RequestMap;
/** The positional parameters of a known request. */
export type RequestParams<N extends RequestName> = RequestMap[N]['params'];
/** The result of a known request. */
export type RequestResult<N extends RequestName> = RequestMap[N]['result'];

/**
 * The catalog at run time: for each namespace, its methods with their number of parameters.
 * A trailing `n` marks methods whose missing trailing arguments the official client sends as
 * `null` (`voice.dial(dest)` posts `[dest, null]`); others are padded with `undefined`, exactly
 * as the official script's positional array literals are.
 */
export const CATALOG = {
  agent: 'get getState getStateList setState:1',
  interaction:
    'getInteractions getByInteractionId:1 setUserData:2 deleteUserData:2 selectCaseByCaseId:1 markdone:1 blockMarkdone:2 unblockMarkdone:1 accept:1 reject:1 singleStepTransfer:4 singleStepConference:4 consult:4 completeTransfer:1 completeConference:1',
  voice:
    'dial:2n dialEx:3 answer:1 hold:1 resume:1 hangUp:1 startCallRecording:1 stopCallRecording:1 pauseCallRecording:1 resumeCallRecording:1',
  sipEndpoint:
    'muteMicrophone unmuteMicrophone muteSpeaker unmuteSpeaker isMicrophoneMute isSpeakerMute',
  email: 'create:2n',
  media: 'getMediaList getMediaByName:1 setState:2',
  system:
    'getAllowedServices triggerActivity popupToast:1 updateToast:2 closeToast:1 openDialog:2 closeDialog:1 updateViewInApplicationMenuBar:1 closeViewInApplicationMenuBar:1 amIVisible isFrameLeading isFrameFollowing isFrameNegotiating isFrameLeadingOrNegotiating isLastActiveFrame',
  outbound:
    'getCampaigns getPreviewRecord:1 getChainedRecords:1 getRecordFields:1 updateRecordFields:2 callPreviewRecord:2 rejectPreviewRecord:1 cancelPreviewRecord:1 startDirectPushPreview stopDirectPushPreview rescheduleRecord:4 cancelReschedule:1 getListOfCallResults setCallResult:2 getCallResult:1 setDoNotCall:1 removeDoNotCall:1',
  messenger: 'broadcastMessage:2',
  configuration: 'getOption:1 getContextualOption:2',
  auth: 'getJwtToken getPureCloudToken:1',
} as const;

/** A namespace of the API, e.g. `"voice"`. */
export type Namespace = keyof typeof CATALOG;

/** How one catalog method is called on the wire. */
export interface MethodSpec {
  /** Full request name, e.g. `"voice.dial"`. */
  request: string;
  /** Number of positional parameters; 0 means the message carries no `parameters` key. */
  arity: number;
  /** Whether missing trailing parameters are sent as `null` rather than `undefined`. */
  nullPad: boolean;
}

/**
 * Every method of the catalog, parsed once, namespace by namespace.
 *
 * @example
 * for (const [ns, methods] of catalogMethods()) console.log(ns, methods.map((m) => m.request));
 */
export function catalogMethods(): [Namespace, MethodSpec[]][] {
  return (Object.keys(CATALOG) as Namespace[]).map((ns) => [
    ns,
    CATALOG[ns].split(' ').map((entry) => {
      const [name, spec = '0'] = entry.split(':');
      return { request: `${ns}.${name}`, arity: parseInt(spec, 10), nullPad: spec.endsWith('n') };
    }),
  ]);
}

/**
 * Builds the positional `parameters` array exactly as the official client does, or `undefined`
 * for no-parameter requests (whose messages carry no `parameters` key at all).
 *
 * @example
 * wireParameters({ request: 'voice.dial', arity: 2, nullPad: true }, ['5001']); // ['5001', null]
 */
export function wireParameters(spec: MethodSpec, args: readonly unknown[]): unknown[] | undefined {
  if (spec.arity === 0) return undefined;
  const out = new Array<unknown>(spec.arity);
  for (let i = 0; i < spec.arity; i++) {
    const v = args[i];
    out[i] = v === undefined && spec.nullPad ? null : v;
  }
  return out;
}
