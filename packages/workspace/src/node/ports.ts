import type { Server } from 'node:net';

/**
 * Thrown when the port asked for is taken and `strictPort` forbids another one.
 *
 * @example
 * try { await startWorkspace({ port: 5170, strictPort: true }); } catch (e) { if (e instanceof PortInUseError) … }
 */
export class PortInUseError extends Error {
  override name = 'PortInUseError';
  constructor(readonly port: number) {
    super(`Port ${port} is already in use`);
  }
}

function listenOnce(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (e: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      reject(e);
    };
    const onListening = () => {
      server.off('error', onError);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen({ port, host, exclusive: true });
  });
}

/**
 * Listens on `port` (0: any free port) or, when it is taken and `strict` is false, on the next
 * free one of the following 50. Resolves with the port listened on.
 *
 * @example
 * const port = await listen(server, 5170, '127.0.0.1', false); // 5171 if 5170 is taken
 */
export async function listen(
  server: Server,
  port: number,
  host: string,
  strict: boolean,
): Promise<number> {
  for (let p = port; ; p++) {
    try {
      return await listenOnce(server, p, host);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'EADDRINUSE' && code !== 'EACCES') throw e;
      if (strict || port === 0 || p >= port + 50 || p >= 65535) throw new PortInUseError(port);
    }
  }
}
