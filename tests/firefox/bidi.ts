import WebSocket from 'ws';

/** An event the browser sent: its method (as "log.entryAdded") and parameters. */
export interface BiDiEvent {
  method: string;
  params: Record<string, unknown>;
}

type Reply =
  { type: 'success'; id: number; result: unknown } | { type: 'error'; id: number; error: string; message: string };

/**
 * The least of a WebDriver BiDi client (https://w3c.github.io/webdriver-bidi/) over one WebSocket:
 * commands answered by id, events handed to listeners. Only what Sidenote's Firefox tests use.
 */
export class BiDi {
  private nextId = 1;
  private readonly waiting = new Map<
    number,
    { resolve: (result: unknown) => void; reject: (error: Error) => void; method: string }
  >();
  private readonly listeners = new Set<(event: BiDiEvent) => void>();

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => this.receive(JSON.parse(String(data)) as Reply | ({ type: 'event' } & BiDiEvent)));
    socket.on('close', () => {
      for (const { reject, method } of this.waiting.values())
        reject(new Error(`${method}: the browser closed the connection`));
      this.waiting.clear();
    });
  }

  static async connect(url: string): Promise<BiDi> {
    const socket = new WebSocket(url);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return new BiDi(socket);
  }

  /** Sends a command; resolves with its result, rejects with the browser's error and message. */
  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    // The browser's answer comes on the socket's stack: the error is given the caller's.
    const caller = new Error();
    return new Promise<T>((resolve, reject) => {
      const fail = (error: Error) =>
        reject(Object.assign(error, { stack: `${error.message}\n${caller.stack?.split('\n').slice(1).join('\n')}` }));
      this.waiting.set(id, { resolve: resolve as (result: unknown) => void, reject: fail, method });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  onEvent(listener: (event: BiDiEvent) => void): void {
    this.listeners.add(listener);
  }

  close(): void {
    this.socket.close();
  }

  private receive(message: Reply | ({ type: 'event' } & BiDiEvent)): void {
    if (message.type === 'event') {
      for (const listener of this.listeners) listener(message);
      return;
    }
    const waiting = this.waiting.get(message.id);
    if (!waiting) return;
    this.waiting.delete(message.id);
    if (message.type === 'success') waiting.resolve(message.result);
    else waiting.reject(new Error(`${waiting.method}: ${message.error}: ${message.message}`));
  }
}
