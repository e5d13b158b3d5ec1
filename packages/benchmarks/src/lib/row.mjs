// What every framework's row shows of an interaction, so the DOM can be checked after a run.

/** `"+1555000012 TALKING 42"`, or `"…"` while the interaction is not loaded. */
export function describe(interaction) {
  return interaction
    ? `${interaction.ani} ${interaction.state} ${interaction.userData?.Seq ?? ''}`
    : '…';
}

/** The state `Everything` shows once loaded: agent ready, interaction ringing, action done. */
export const EVERYTHING_READY = 'ready/RINGING/done';
