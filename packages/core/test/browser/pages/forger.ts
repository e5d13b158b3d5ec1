/** A third, foreign site embedded next to the client: posts forged Workspace messages to every sibling frame. */
(window as any).forge = (referenceId: string, topic: string): number => {
  let posted = 0;
  for (let i = 0; i < window.parent.length; i++) {
    const w = window.parent.frames[i];
    if (!w || w === window) continue;
    w.postMessage(
      {
        referenceId,
        data: { operationName: 'Forged' },
        userAgent: 'WWE Server',
        protocolVersion: 2,
      },
      '*',
    );
    w.postMessage(
      { event: topic, data: { forged: true }, userAgent: 'WWE Server', protocolVersion: 2 },
      '*',
    );
    posted += 2;
  }
  return posted;
};

export {};
