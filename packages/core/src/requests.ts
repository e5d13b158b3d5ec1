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

/**
 * Every request of the Service Client API: its positional parameters and its result.
 * `client.request(name, parameters)` and the namespaced methods are typed from this map.
 *
 * @example
 * type DialParams = RequestMap['voice.dial']['params']; // [destination: string, userData?: KeyValues | null]
 */
export interface RequestMap {
  'agent.get': { params: []; result: Agent };
  'agent.getState': { params: []; result: State };
  'agent.getStateList': { params: []; result: State[] };
  'agent.setState': { params: [operationName: string]; result: void };

  'interaction.getInteractions': { params: []; result: Interaction[] };
  'interaction.getByInteractionId': { params: [interactionId: string]; result: Interaction | null };
  'interaction.setUserData': {
    params: [interactionId: string, keyValues: KeyValues];
    result: void;
  };
  'interaction.deleteUserData': { params: [interactionId: string, key: string]; result: void };
  'interaction.selectCaseByCaseId': { params: [caseId: string]; result: void };
  'interaction.markdone': { params: [interactionId: string]; result: void };
  'interaction.blockMarkdone': {
    params: [interactionId: string, warningMessage: string];
    result: void;
  };
  'interaction.unblockMarkdone': { params: [interactionId: string]; result: void };
  'interaction.accept': { params: [interactionId: string]; result: void };
  'interaction.reject': { params: [interactionId: string]; result: void };
  'interaction.singleStepTransfer': {
    params: [
      interactionId: string,
      target: TransferTarget,
      userData?: KeyValues | null,
      extensions?: KeyValues | null,
    ];
    result: void;
  };
  'interaction.singleStepConference': {
    params: [
      interactionId: string,
      target: TransferTarget,
      userData?: KeyValues | null,
      extensions?: KeyValues | null,
    ];
    result: void;
  };
  'interaction.consult': {
    params: [
      interactionId: string,
      targetQuery: TransferTarget,
      userData?: KeyValues | null,
      extensions?: KeyValues | null,
    ];
    result: void;
  };
  'interaction.completeTransfer': { params: [consultInteractionId: string]; result: void };
  'interaction.completeConference': { params: [consultInteractionId: string]; result: void };

  'voice.dial': { params: [destination: string, userData?: KeyValues | null]; result: void };
  'voice.dialEx': {
    params: [destination: string, userData?: KeyValues | null, extensions?: KeyValues | null];
    result: void;
  };
  'voice.answer': { params: [interactionId: string]; result: void };
  'voice.hold': { params: [interactionId: string]; result: void };
  'voice.resume': { params: [interactionId: string]; result: void };
  'voice.hangUp': { params: [interactionId: string]; result: void };
  'voice.startCallRecording': { params: [interactionId: string]; result: void };
  'voice.stopCallRecording': { params: [interactionId: string]; result: void };
  'voice.pauseCallRecording': { params: [interactionId: string]; result: void };
  'voice.resumeCallRecording': { params: [interactionId: string]; result: void };

  'sipEndpoint.muteMicrophone': { params: []; result: void };
  'sipEndpoint.unmuteMicrophone': { params: []; result: void };
  'sipEndpoint.muteSpeaker': { params: []; result: void };
  'sipEndpoint.unmuteSpeaker': { params: []; result: void };
  'sipEndpoint.isMicrophoneMute': { params: []; result: boolean };
  'sipEndpoint.isSpeakerMute': { params: []; result: boolean };

  'email.create': { params: [destination: string, userData?: KeyValues | null]; result: void };

  'media.getMediaList': { params: []; result: Media[] };
  'media.getMediaByName': { params: [name: string]; result: Media };
  'media.setState': { params: [mediaName: string, operationName: string]; result: void };

  'system.getAllowedServices': { params: []; result: string[] };
  'system.triggerActivity': { params: []; result: void };
  'system.popupToast': { params: [toast: ToastParams]; result: string };
  'system.updateToast': { params: [toastId: string, toast: ToastParams]; result: void };
  'system.closeToast': { params: [toastId: string]; result: void };
  'system.openDialog': { params: [url: string, dialog: DialogParams]; result: string };
  'system.closeDialog': { params: [dialogId: string]; result: void };
  'system.updateViewInApplicationMenuBar': { params: [view: MenuBarView]; result: void };
  'system.closeViewInApplicationMenuBar': { params: [name: string]; result: void };
  'system.amIVisible': { params: []; result: boolean };
  'system.isFrameLeading': { params: []; result: boolean };
  'system.isFrameFollowing': { params: []; result: boolean };
  'system.isFrameNegotiating': { params: []; result: boolean };
  'system.isFrameLeadingOrNegotiating': { params: []; result: boolean };
  'system.isLastActiveFrame': { params: []; result: boolean };

  'outbound.getCampaigns': { params: []; result: unknown[] };
  'outbound.getPreviewRecord': { params: [campaignName: string]; result: unknown };
  'outbound.getChainedRecords': { params: [interactionId: string]; result: unknown[] };
  'outbound.getRecordFields': { params: [interactionId: string]; result: KeyValues };
  'outbound.updateRecordFields': {
    params: [interactionId: string, recordData: KeyValues];
    result: void;
  };
  'outbound.callPreviewRecord': {
    params: [interactionId: string, recordHandle: number];
    result: void;
  };
  'outbound.rejectPreviewRecord': { params: [interactionId: string]; result: void };
  'outbound.cancelPreviewRecord': { params: [interactionId: string]; result: void };
  'outbound.startDirectPushPreview': { params: []; result: void };
  'outbound.stopDirectPushPreview': { params: []; result: void };
  'outbound.rescheduleRecord': {
    params: [
      interactionId: string,
      recordHandle: number,
      /** `"M/D/YYYY H:m"` */
      rescheduleDate: string,
      callbackType: 'CAMPAIGN' | (string & {}),
    ];
    result: void;
  };
  'outbound.cancelReschedule': { params: [interactionId: string]; result: void };
  'outbound.getListOfCallResults': { params: []; result: unknown[] };
  'outbound.setCallResult': { params: [interactionId: string, callResult: number]; result: void };
  'outbound.getCallResult': { params: [interactionId: string]; result: unknown };
  'outbound.setDoNotCall': { params: [interactionId: string]; result: void };
  'outbound.removeDoNotCall': { params: [interactionId: string]; result: void };

  'messenger.broadcastMessage': { params: [channel: string, message: unknown]; result: void };
  'configuration.getOption': { params: [options: string | string[]]; result: Section[] };
  'configuration.getContextualOption': {
    params: [options: string | string[], interactionId: string];
    result: Section[];
  };
  'auth.getJwtToken': { params: []; result: JwtToken };
  'auth.getPureCloudToken': { params: [forceNewToken?: boolean]; result: unknown };
}

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
