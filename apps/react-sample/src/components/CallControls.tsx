import { useWorkspaceAction, useWorkspaceClient, type Interaction } from '@wwe-kit/react';
import { ErrorText } from './ErrorText';

type VoiceRequest =
  | 'answer'
  | 'hold'
  | 'resume'
  | 'hangUp'
  | 'startCallRecording'
  | 'stopCallRecording'
  | 'pauseCallRecording'
  | 'resumeCallRecording';

/** Answer / hold / resume / hang up, recording controls, and mark done once released. */
export function CallControls({ interaction }: { interaction: Interaction }) {
  const client = useWorkspaceClient();
  const id = interaction.interactionId;
  const voice = useWorkspaceAction((request: VoiceRequest) => client.voice[request](id));
  const done = useWorkspaceAction(() => client.interaction.markdone(id));
  const { state, recordingState } = interaction;
  const button = (label: string, request: VoiceRequest, enabled: boolean) => (
    <button disabled={!enabled || voice.pending} onClick={() => voice.run(request)}>
      {label}
    </button>
  );
  const live = state === 'TALKING' || state === 'ESTABLISHED';
  return (
    <div>
      <div role="group" aria-label="Call">
        {button('Answer', 'answer', state === 'RINGING')}
        {button('Hold', 'hold', live)}
        {button('Resume', 'resume', state === 'HELD')}
        {button('Hang up', 'hangUp', live || state === 'HELD' || state === 'DIALING')}
        <button disabled={state !== 'RELEASED' || done.pending} onClick={() => done.run()}>
          Mark done
        </button>
      </div>
      <div role="group" aria-label="Recording">
        {button('Start recording', 'startCallRecording', live && recordingState !== 'RECORDING')}
        {button('Pause recording', 'pauseCallRecording', recordingState === 'RECORDING')}
        {button('Resume recording', 'resumeCallRecording', recordingState === 'PAUSED')}
        {button(
          'Stop recording',
          'stopCallRecording',
          recordingState === 'RECORDING' || recordingState === 'PAUSED',
        )}
      </div>
      <ErrorText error={voice.error ?? done.error} />
    </div>
  );
}
