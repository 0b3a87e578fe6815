import type { BiDi } from './bidi';

type RemoteValue = { type: string; value?: unknown; sharedId?: string };
type Evaluated = { type: 'success'; result: RemoteValue } | { type: 'exception'; exceptionDetails: { text: string } };

/**
 * A tab or a frame in it, as BiDi names it: scripts run in its document, and the pointer and the
 * keyboard act on its elements as a reader's would (input.performActions: trusted events).
 */
export class BrowsingContext {
  constructor(
    private readonly bidi: BiDi,
    readonly id: string,
  ) {}

  /**
   * Goes to `url` and waits for its document to be parsed. Not with BiDi's own wait: there is no
   * network, and a page whose frames fail to load (yahoo-2's ads) then fails to navigate at all
   * ("Address rejected"), though the page itself is there.
   */
  async navigate(url: string, timeoutMs = 15_000): Promise<void> {
    await this.bidi.send('browsingContext.navigate', { context: this.id, url, wait: 'none' });
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const [address, state] = await this.evaluate(() => [location.href, document.readyState]).catch(() => ['', '']);
      if (address === url && state !== 'loading') return;
      if (Date.now() > deadline)
        throw new Error(`${url} did not load within ${timeoutMs} ms (at ${address}, ${state})`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Runs `fn` in the document, as its own scripts run, with JSON arguments; resolves with its JSON result. */
  async evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>> {
    const declaration = `async (json) => JSON.stringify((await (${fn.toString()})(...JSON.parse(json))) ?? null)`;
    const result = await this.call(declaration, [{ type: 'string', value: JSON.stringify(args) }]);
    return JSON.parse(String(result.value)) as Awaited<R>;
  }

  /** Runs a script given as text (for Firefox's own window, whose globals these tests' types do not know). */
  async run(expression: string): Promise<void> {
    await this.call(`async () => { await ${expression}; }`, []);
  }

  /** The frame in this document showing `page` (a path ending, "/sidebar.html"), once it is there. */
  async frame(page: string, timeoutMs = 15_000): Promise<BrowsingContext> {
    type Tree = { context: string; url: string; children?: Tree[] | null };
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { contexts } = await this.bidi.send<{ contexts: Tree[] }>('browsingContext.getTree', { root: this.id });
      const found = contexts[0]?.children?.find((child) => child.url.endsWith(page));
      if (found) return new BrowsingContext(this.bidi, found.context);
      if (Date.now() > deadline) throw new Error(`no frame showing ${page} within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async click(selector: string): Promise<void> {
    await this.pointer(selector, [
      { type: 'pointerDown', button: 0 },
      { type: 'pointerUp', button: 0 },
    ]);
  }

  async hover(selector: string): Promise<void> {
    await this.pointer(selector, []);
  }

  /** Clicks into the field and types `text` key by key. */
  async type(selector: string, text: string): Promise<void> {
    await this.click(selector);
    const keys = [...text].flatMap((value) => [
      { type: 'keyDown', value },
      { type: 'keyUp', value },
    ]);
    await this.bidi.send('input.performActions', {
      context: this.id,
      actions: [{ type: 'key', id: 'keyboard', actions: keys }],
    });
  }

  /** Chooses files in a file input, as the reader does in the file picker. */
  async setFiles(selector: string, files: string[]): Promise<void> {
    await this.bidi.send('input.setFiles', { context: this.id, element: await this.element(selector), files });
  }

  async close(): Promise<void> {
    await this.bidi.send('browsingContext.close', { context: this.id });
  }

  /**
   * Moves the pointer to the middle of the element (scrolled into view), then does `then` there. A
   * page still laying itself out may push the element off the screen between the scroll and the
   * move (BiDi then refuses the move, before any event): it is scrolled to again.
   */
  private async pointer(selector: string, then: Record<string, unknown>[]): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const element = await this.element(selector);
      const move = { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element } };
      try {
        await this.bidi.send('input.performActions', {
          context: this.id,
          actions: [{ type: 'pointer', id: 'mouse', actions: [move, ...then] }],
        });
        return;
      } catch (error) {
        if (attempt === 5 || !/move target out of bounds/.test(String(error))) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  }

  /** The element, scrolled into view, once the page has rendered it. */
  private async element(selector: string, timeoutMs = 15_000): Promise<{ sharedId: string }> {
    const declaration = `(selector) => {
      const element = document.querySelector(selector);
      element?.scrollIntoView({ block: 'center' });
      return element;
    }`;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const result = await this.call(declaration, [{ type: 'string', value: selector }]);
      if (result.type === 'node' && result.sharedId) return { sharedId: result.sharedId };
      if (Date.now() > deadline) throw new Error(`no element matches ${selector} within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  private async call(functionDeclaration: string, args: RemoteValue[]): Promise<RemoteValue> {
    const evaluated = await this.bidi.send<Evaluated>('script.callFunction', {
      functionDeclaration,
      arguments: args,
      target: { context: this.id },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (evaluated.type === 'exception') throw new Error(`in the page: ${evaluated.exceptionDetails.text}`);
    return evaluated.result;
  }
}
