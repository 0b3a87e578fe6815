import type { AddressInfo } from 'node:net';
import { createArchiveServer, type ArchiveServerSettings } from './archive-server';

/** Starts the server; `port` 0 takes any free port. Resolves once it accepts connections. */
export function listen(
  settings: ArchiveServerSettings,
  { host, port }: { host: string; port: number },
): Promise<{ address: string; close: () => Promise<void> }> {
  const server = createArchiveServer(settings);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: bound } = server.address() as AddressInfo;
      const shown = host.includes(':') ? `[${host}]` : host;
      resolve({
        address: `http://${shown}:${bound}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
