import type { Topic } from './events';
import type { CallOptions } from './options';
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

declare const SPEC: unique symbol;

/**
 * The declaration of one request in the catalog: at run time a small number (how many positional
 * parameters it posts, plus 8 when missing trailing ones are sent as `null`); for TypeScript, its
 * parameters `P`, its result `R` and the event topics `E` it raises. Made by `r()` in
 * `requests.ts`, read through {@link RequestMap}.
 *
 * @example
 * type Dial = RequestSpec<[destination: string, userData?: KeyValues | null], void, 'interaction'>;
 */
export type RequestSpec<
  P extends unknown[] = unknown[],
  R = unknown,
  E extends Topic = Topic,
> = number & { readonly [SPEC]?: { params: P; result: R; events: E } };

/** The flag of {@link RequestSpec}: missing trailing parameters are posted as `null`. */
export const NULL_PAD = 8;

/**
 * How many positional parameters a declaration ({@link RequestSpec}) posts.
 *
 * @example
 * arityOf(requests.voice.dial); // 2
 */
export const arityOf = (spec: number): number => spec & (NULL_PAD - 1);

/**
 * Whether a declaration posts missing trailing parameters as `null` (else `undefined`).
 *
 * @example
 * padsWithNull(requests.voice.dial); // true
 */
export const padsWithNull = (spec: number): boolean => spec >= NULL_PAD;

/**
 * Declares a request: its parameters `P` (names and types), result `R` and the event topics `E`
 * it raises are types only; `arity` (checked against `P`: a wrong count does not compile) and
 * `pad` are what goes to run time.
 *
 * @example
 * const dial = r<[destination: string, userData?: KeyValues | null], void, 'interaction'>(2, NULL_PAD);
 */
export const r = <P extends unknown[], R, E extends Topic = never>(
  arity: Required<P>['length'],
  pad?: typeof NULL_PAD,
): RequestSpec<P, R, E> => (arity + (pad ?? 0)) as RequestSpec<P, R, E>;

/**
 * The request catalog of the Service Client API: every request, namespace by namespace, declared
 * once. Each declaration's comment is what editors show on `client.<namespace>.<method>`; the
 * client's namespaces, the wire parameters (count and `null` padding, exactly as the official
 * client posts them), {@link RequestMap} and the simulator's handler table all derive from it.
 * Adding a request is one line here (and one simulator handler, which the compiler then asks for).
 *
 * @example
 * import { requests } from '@wwe-kit/core/internal';
 * Object.keys(requests.voice); // ['dial', 'dialEx', 'answer', ...]
 */
export const requests = {
  // Each comment on lines of its own: the declaration bundler glues a one-line comment to the end
  // of the previous member, where editors no longer find it (test/hover-docs.test.ts checks dist).
  agent: {
    /**
     * Gets the signed-in agent: employee id, first and last name, user name and roles.
     */
    get: r<[], Agent>(0),
    /**
     * Gets the agent's current state (Ready, Not Ready, After Call Work, ...).
     */
    getState: r<[], State>(0),
    /**
     * Gets the states the agent may choose, each with the `operationName` that `setState` takes.
     */
    getStateList: r<[], State[]>(0),
    /**
     * Changes the agent's state: `operationName` of a state from `getStateList`, e.g. `"NotReady"`.
     * Raises `agent` `STATE_CHANGED` and a `media` `STATE_CHANGED` per media. (The Agent namespace
     * page names the parameter `stateOperationName`; the published client script names it
     * `stateListIndex` but posts the operation name, as the page says and wwe-kit does.)
     */
    setState: r<[operationName: string], void, 'agent' | 'media'>(1),
  },
  interaction: {
    /**
     * Gets the interactions currently in the agent's Workspace.
     */
    getInteractions: r<[], Interaction[]>(0),
    /**
     * Gets one interaction by its id, or `null` when Workspace has none with that id.
     */
    getByInteractionId: r<[interactionId: string], Interaction | null>(1),
    /**
     * Attaches key/value pairs to an interaction's user data, overwriting those keys (subject to
     * `user-data.write-allowed`). Raises `interaction` `ATTACHED_DATA_CHANGED`.
     */
    setUserData: r<[interactionId: string, keyValues: KeyValues], void, 'interaction'>(2),
    /**
     * Deletes one key from an interaction's user data (subject to `user-data.write-allowed`).
     * Raises `interaction` `ATTACHED_DATA_CHANGED`.
     */
    deleteUserData: r<[interactionId: string, key: string], void, 'interaction'>(2),
    /**
     * Selects the case with this id in Workspace. Raises `interaction` `CASE_SELECTED`,
     * documented as `{ eventType: 'CASE_SELECTED', selectedCaseId }` only (no interaction, no
     * media).
     */
    selectCaseByCaseId: r<[caseId: string], void, 'interaction'>(1),
    /**
     * Marks the interaction as done, closing it in Workspace. Raises `markdone` and `interaction` (`REMOVED`).
     */
    markdone: r<[interactionId: string], void, 'interaction' | 'markdone'>(1),
    /**
     * Stops the agent from marking the interaction as done; `warningMessage` tells them why.
     */
    blockMarkdone: r<[interactionId: string, warningMessage: string], void>(2),
    /**
     * Lets the agent mark the interaction as done again, after `blockMarkdone`.
     */
    unblockMarkdone: r<[interactionId: string], void>(1),
    /**
     * Accepts an incoming (ringing or invited) interaction. Raises `interaction` events.
     */
    accept: r<[interactionId: string], void, 'interaction'>(1),
    /**
     * Rejects an incoming (ringing or invited) interaction. Raises `interaction` events.
     */
    reject: r<[interactionId: string], void, 'interaction'>(1),
    /**
     * Transfers the interaction to `target` in one step (agent, group, skill, queue, routing point
     * or contact), with optional user data and extensions. Raises `interaction` events.
     */
    singleStepTransfer: r<
      [
        interactionId: string,
        target: TransferTarget,
        userData?: KeyValues | null,
        extensions?: KeyValues | null,
      ],
      void,
      'interaction'
    >(4),
    /**
     * Adds `target` to the interaction in one step, making it a conference, with optional user
     * data and extensions. Raises `interaction` events.
     */
    singleStepConference: r<
      [
        interactionId: string,
        target: TransferTarget,
        userData?: KeyValues | null,
        extensions?: KeyValues | null,
      ],
      void,
      'interaction'
    >(4),
    /**
     * Starts a consultation with `targetQuery`: a consultation interaction appears, to finish with
     * `completeTransfer` or `completeConference`. Raises `interaction` events. (Page and script
     * differ: the Interaction namespace page names a target object's kind key `target`, Genesys's
     * sample page posts `type`; wwe-kit posts the object as given and the simulator reads both.)
     */
    consult: r<
      [
        interactionId: string,
        targetQuery: TransferTarget,
        userData?: KeyValues | null,
        extensions?: KeyValues | null,
      ],
      void,
      'interaction'
    >(4),
    /**
     * Completes a transfer to the party consulted in `consultInteractionId` (the consultation
     * interaction). Raises `interaction` events.
     */
    completeTransfer: r<[consultInteractionId: string], void, 'interaction'>(1),
    /**
     * Completes a conference with the party consulted in `consultInteractionId` (the consultation
     * interaction). Raises `interaction` events.
     */
    completeConference: r<[consultInteractionId: string], void, 'interaction'>(1),
  },
  voice: {
    /**
     * Dials `destination` (click-to-dial), optionally attaching `userData` to the new call.
     * Raises `interaction` events (`ADDED`, `DIALING`, ...).
     */
    dial: r<[destination: string, userData?: KeyValues | null], void, 'interaction'>(2, NULL_PAD),
    /**
     * Dials `destination` with optional user data and extensions (flat key/value objects).
     * Raises `interaction` events (`ADDED`, `DIALING`, ...).
     */
    dialEx: r<
      [destination: string, userData?: KeyValues | null, extensions?: KeyValues | null],
      void,
      'interaction'
    >(3),
    /**
     * Answers a ringing voice call. Raises `interaction` `ESTABLISHED`.
     */
    answer: r<[interactionId: string], void, 'interaction'>(1),
    /**
     * Puts a voice call on hold. Raises `interaction` `HELD`.
     */
    hold: r<[interactionId: string], void, 'interaction'>(1),
    /**
     * Resumes (retrieves) a held voice call. Raises `interaction` `ESTABLISHED`.
     */
    resume: r<[interactionId: string], void, 'interaction'>(1),
    /**
     * Hangs up (releases) a voice call. Raises `interaction` `RELEASED`.
     */
    hangUp: r<[interactionId: string], void, 'interaction'>(1),
    /**
     * Starts recording the call; `recordingState` changes. Raises `interaction` `CALL_RECORDING_STATE_CHANGED`.
     */
    startCallRecording: r<[interactionId: string], void, 'interaction'>(1),
    /**
     * Stops recording the call; `recordingState` changes. Raises `interaction` `CALL_RECORDING_STATE_CHANGED`.
     */
    stopCallRecording: r<[interactionId: string], void, 'interaction'>(1),
    /**
     * Pauses recording the call; `recordingState` changes. Raises `interaction` `CALL_RECORDING_STATE_CHANGED`.
     */
    pauseCallRecording: r<[interactionId: string], void, 'interaction'>(1),
    /**
     * Resumes a paused call recording; `recordingState` changes. Raises `interaction` `CALL_RECORDING_STATE_CHANGED`.
     */
    resumeCallRecording: r<[interactionId: string], void, 'interaction'>(1),
  },
  sipEndpoint: {
    /**
     * Mutes the microphone of Workspace's SIP endpoint (softphone).
     */
    muteMicrophone: r<[], void>(0),
    /**
     * Unmutes the microphone of Workspace's SIP endpoint (softphone).
     */
    unmuteMicrophone: r<[], void>(0),
    /**
     * Mutes the speaker of Workspace's SIP endpoint (softphone).
     */
    muteSpeaker: r<[], void>(0),
    /**
     * Unmutes the speaker of Workspace's SIP endpoint (softphone).
     */
    unmuteSpeaker: r<[], void>(0),
    /**
     * Whether the SIP endpoint's microphone is muted.
     */
    isMicrophoneMute: r<[], boolean>(0),
    /**
     * Whether the SIP endpoint's speaker is muted.
     */
    isSpeakerMute: r<[], boolean>(0),
  },
  email: {
    /**
     * Creates a new outbound email to `destination`, optionally attaching `userData`.
     * Raises `interaction` events (`ADDED`, `CREATED`).
     */
    create: r<[destination: string, userData?: KeyValues | null], void, 'interaction'>(2, NULL_PAD),
  },
  media: {
    /**
     * Gets the agent's media channels (voice, chat, email, ...), each with its state.
     */
    getMediaList: r<[], Media[]>(0),
    /**
     * Gets one media channel by name, e.g. `"voice"`.
     */
    getMediaByName: r<[name: string], Media>(1),
    /**
     * Changes the agent's state on one media channel, e.g. `("voice", "NotReady")`.
     * Raises `media` `STATE_CHANGED`.
     */
    setState: r<[mediaName: string, operationName: string], void, 'media'>(2),
  },
  system: {
    /**
     * Gets the request names this frame may call (the origin's filter in `accepted-web-content-origins`).
     */
    getAllowedServices: r<[], string[]>(0),
    /**
     * Resets Workspace's inactivity timer, as if the agent had used Workspace.
     */
    triggerActivity: r<[], void>(0),
    /**
     * Shows a toast in Workspace; resolves with its id. A button click raises the `system` event
     * `CUSTOM_TOAST_BUTTON_CLICK`.
     */
    popupToast: r<[toast: ToastParams], string, 'system'>(1),
    /**
     * Updates a toast shown by `popupToast`.
     */
    updateToast: r<[toastId: string, toast: ToastParams], void>(2),
    /**
     * Closes a toast shown by `popupToast`.
     */
    closeToast: r<[toastId: string], void>(1),
    /**
     * Opens `url` in a Workspace dialog (label, width, height); resolves with the dialog id
     * (`"wweCustomDialog1"` for the first one, as Genesys's sample page closes it; toast ids count
     * from `"wweCustomToast0"`). `$Dialog.Id$` and `$Agent.FullName$` in `url` are substituted.
     */
    openDialog: r<[url: string, dialog: DialogParams], string>(2),
    /**
     * Closes a dialog opened by `openDialog`.
     */
    closeDialog: r<[dialogId: string], void>(1),
    /**
     * Adds a view to Workspace's application menu bar, or updates the one with the same `name`.
     */
    updateViewInApplicationMenuBar: r<[view: MenuBarView], void>(1),
    /**
     * Removes the view named `name` from Workspace's application menu bar.
     */
    closeViewInApplicationMenuBar: r<[name: string], void>(1),
    /**
     * Whether this frame's view is currently shown to the agent.
     */
    amIVisible: r<[], boolean>(0),
    /**
     * Whether this Workspace browser tab leads (several tabs elect one leader).
     */
    isFrameLeading: r<[], boolean>(0),
    /**
     * Whether this Workspace browser tab follows another, leading tab.
     */
    isFrameFollowing: r<[], boolean>(0),
    /**
     * Whether the Workspace browser tabs are still electing their leader.
     */
    isFrameNegotiating: r<[], boolean>(0),
    /**
     * Whether this Workspace browser tab leads or the tabs are still electing their leader.
     */
    isFrameLeadingOrNegotiating: r<[], boolean>(0),
    /**
     * Whether this Workspace browser tab is the one the agent used last.
     */
    isLastActiveFrame: r<[], boolean>(0),
  },
  outbound: {
    /**
     * Gets the outbound campaigns loaded for the agent. The `outbound` topic raises, as the Service
     * Client API page documents them: `CampaignLoaded` / `CampaignUnloaded` (`campaign`: the
     * campaign's name) and `CampaignStarted` (`campaign` and `mode`; the page names only `mode`).
     */
    getCampaigns: r<[], unknown[]>(0),
    /**
     * Asks the named campaign for a preview record (a Pull Preview record). Raises `interaction`
     * (the preview interaction, `ADDED`) and `outbound`: the page's "Outbound preview events"
     * table lists events for Pull Preview, Push Preview and Direct Push Preview records without
     * their payloads; the simulator raises `{ eventType: 'PreviewRecord', campaign, mode,
     * interactionId, recordHandle }` (inferred, `mode` one of `'Pull Preview'`, `'Push Preview'`,
     * `'Direct Push Preview'`).
     */
    getPreviewRecord: r<[campaignName: string], unknown, 'interaction' | 'outbound'>(1),
    /**
     * Gets the records chained to the outbound record of the interaction.
     */
    getChainedRecords: r<[interactionId: string], unknown[]>(1),
    /**
     * Gets the fields of the outbound record of the interaction.
     */
    getRecordFields: r<[interactionId: string], KeyValues>(1),
    /**
     * Updates fields of the outbound record of the interaction with `recordData`.
     */
    updateRecordFields: r<[interactionId: string, recordData: KeyValues], void>(2),
    /**
     * Calls the preview record `recordHandle` of the interaction. Raises `interaction` events (the call).
     */
    callPreviewRecord: r<[interactionId: string, recordHandle: number], void, 'interaction'>(2),
    /**
     * Rejects the preview record of the interaction (a pull, push or direct push preview record).
     * Raises `interaction` (`REMOVED`) and `outbound` `MARK_DONE` (a row of the page's "Outbound
     * preview events" table; the simulator's payload `{ eventType: 'MARK_DONE', campaign,
     * interactionId, recordHandle }` is inferred).
     *
     * Page and script differ: the Outbound namespace page shows `rejectPreviewRecord(succeeded,
     * failed)`, no parameter; Genesys's published client script posts the interaction id. wwe-kit
     * posts what the script posts (`[interactionId]`).
     */
    rejectPreviewRecord: r<[interactionId: string], void, 'interaction' | 'outbound'>(1),
    /**
     * Cancels the preview record of the interaction. Raises `interaction` (`REMOVED`) and
     * `outbound` `MARK_DONE` (payload inferred, as for `rejectPreviewRecord`).
     *
     * Page and script differ: the Outbound namespace page shows `cancelPreviewRecord(succeeded,
     * failed)`, no parameter; the published client script posts the interaction id, as wwe-kit does.
     */
    cancelPreviewRecord: r<[interactionId: string], void, 'interaction' | 'outbound'>(1),
    /**
     * Starts direct push preview: the campaign pushes preview records to the agent (Direct Push
     * Preview records; `outbound` events as for `getPreviewRecord`).
     */
    startDirectPushPreview: r<[], void>(0),
    /**
     * Stops push preview.
     */
    stopDirectPushPreview: r<[], void>(0),
    /**
     * Reschedules the record `recordHandle` to `rescheduleDate` (`"M/D/YYYY H:m"`), with `callbackType` e.g. `"CAMPAIGN"`.
     */
    rescheduleRecord: r<
      [
        interactionId: string,
        recordHandle: number,
        /**
         * `"M/D/YYYY H:m"`
         */
        rescheduleDate: string,
        callbackType: 'CAMPAIGN' | (string & {}),
      ],
      void
    >(4),
    /**
     * Cancels the rescheduling of the record of the interaction.
     */
    cancelReschedule: r<[interactionId: string], void>(1),
    /**
     * Gets the call results (outcomes) the agent may set with `setCallResult`.
     */
    getListOfCallResults: r<[], unknown[]>(0),
    /**
     * Sets the call result of the outbound record of the interaction (a number from `getListOfCallResults`).
     */
    setCallResult: r<[interactionId: string, callResult: number], void>(2),
    /**
     * Gets the call result of the outbound record of the interaction.
     */
    getCallResult: r<[interactionId: string], unknown>(1),
    /**
     * Marks the contact of the record of the interaction as Do Not Call.
     */
    setDoNotCall: r<[interactionId: string], void>(1),
    /**
     * Removes the Do Not Call mark from the contact of the record of the interaction.
     */
    removeDoNotCall: r<[interactionId: string], void>(1),
  },
  messenger: {
    /**
     * Sends `message` to every frame subscribed to `messenger:<channel>`, as that event's `data`.
     * Raises `messenger:<channel>`.
     */
    broadcastMessage: r<[channel: string, message: unknown], void, `messenger:${string}`>(2),
  },
  configuration: {
    /**
     * Reads Workspace options, e.g. `"voice.*"` or `"Section/option"` (`*` only at the end of a word).
     */
    getOption: r<[options: string | string[]], Section[]>(1),
    /**
     * Reads Workspace options as they apply to one interaction (documented, absent from the official script).
     */
    getContextualOption: r<[options: string | string[], interactionId: string], Section[]>(2),
  },
  auth: {
    /**
     * Gets a JWT for the agent, `{ expiration, jwtToken }`; the origin's filter must name this request in full (neither `*` nor `auth.*` includes it; Genesys's Auth namespace page).
     */
    getJwtToken: r<[], JwtToken>(0),
    /**
     * Gets a Genesys Cloud (PureCloud) token, a fresh one if `forceNewToken` (known from the official sample only).
     */
    getPureCloudToken: r<[forceNewToken?: boolean], unknown>(1),
  },
};

/**
 * The type of the request catalog: namespace → method → {@link RequestSpec}. Every other request
 * type ({@link RequestMap}, {@link NamespaceApi}) is derived from it.
 *
 * @example
 * type VoiceMethods = keyof RequestCatalog['voice']; // 'dial' | 'dialEx' | 'answer' | ...
 */
export type RequestCatalog = typeof requests;

/** A namespace of the API, e.g. `"voice"`. */
export type Namespace = keyof RequestCatalog;

/**
 * What a {@link RequestSpec} declares: `{ params, result, events }`.
 *
 * @example
 * type Dial = DeclaredRequest<RequestCatalog['voice']['dial']>; // { params: [...]; result: void; events: 'interaction' }
 */
export type DeclaredRequest<S> = S extends { readonly [SPEC]?: infer D } ? NonNullable<D> : never;

/** The name of a request the API knows, e.g. `"voice.dial"`. */
export type RequestName = {
  [NS in Namespace]: `${NS}.${keyof RequestCatalog[NS] & string}`;
}[Namespace];

/**
 * Every request of the Service Client API by full name: its positional `params`, its `result`
 * and the event topics it raises (`events`). Derived from the one declaration of each request
 * (where each is documented), so it cannot list a request the client does not send.
 *
 * @example
 * type DialParams = RequestMap['voice.dial']['params']; // [destination: string, userData?: KeyValues | null]
 */
export type RequestMap = {
  [N in RequestName]: N extends `${infer NS extends Namespace}.${infer M}`
    ? DeclaredRequest<RequestCatalog[NS][M & keyof RequestCatalog[NS]]>
    : never;
};

/**
 * The positional parameters of a known request.
 *
 * @example
 * const params: RequestParams<'voice.dial'> = ['5001', { CustomerId: '42' }];
 */
export type RequestParams<N extends RequestName> = RequestMap[N]['params'];
/**
 * The result of a known request.
 *
 * @example
 * const states: RequestResult<'agent.getStateList'> = await client.agent.getStateList();
 */
export type RequestResult<N extends RequestName> = RequestMap[N]['result'];
/**
 * The event topics a known request raises (`never` when it raises none).
 *
 * @example
 * type T = RequestEvents<'voice.dial'>; // 'interaction'
 */
export type RequestEvents<N extends RequestName> = RequestMap[N]['events'];

/**
 * The arguments of a request's method: its parameters `P`, then optional {@link CallOptions}; or,
 * after its required parameters, the options in place of any optional parameter
 * (`dial('5001', withOptions({ timeoutMs: 2000 }))`). A plain object is never options.
 *
 * @example
 * const args: RequestArguments<[destination: string, userData?: KeyValues | null]> = ['5001', withOptions({ timeoutMs: 2000 })];
 */
export type RequestArguments<P extends unknown[]> =
  | [...P, options?: CallOptions]
  | (number extends P['length']
      ? never
      : P extends []
        ? never
        : P extends [...unknown[], unknown]
          ? never
          : P extends [...infer H, unknown?]
            ? RequestArguments<H>
            : never);

/**
 * The client method of one declared request: its parameters, then {@link CallOptions} (made by
 * `withOptions`), and a promise of its result.
 *
 * @example
 * type Dial = RequestMethod<RequestCatalog['voice']['dial']>; // (destination, userData?, options?) => Promise<void>
 */
export type RequestMethod<S> =
  DeclaredRequest<S> extends { params: infer P extends unknown[]; result: infer T }
    ? (...args: RequestArguments<P>) => Promise<T>
    : never;

/**
 * The methods of one namespace, e.g. `client.voice`. Mapped over the catalog without renaming
 * keys, so that each method keeps its request's documentation in editors' hovers.
 *
 * @example
 * const voice: NamespaceApi<'voice'> = client.voice;
 */
export type NamespaceApi<NS extends Namespace> = {
  [M in keyof RequestCatalog[NS]]: RequestMethod<RequestCatalog[NS][M]>;
};
