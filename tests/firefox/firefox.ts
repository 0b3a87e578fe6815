import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BiDi } from './bidi';
import { BrowsingContext } from './browsing-context';

export const FIREFOX_EXTENSION_DIR = resolve(new URL('../../.output/firefox-mv3', import.meta.url).pathname);

/** Debian's Firefox ESR unless FIREFOX_PATH says otherwise. */
export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(path))
    throw new Error(
      `no Firefox at ${path}: install it (apt-get install firefox-esr, or scripts/setup.sh) or set FIREFOX_PATH`,
    );
  return path;
}

/** The add-on's id, as the built manifest declares it for Firefox. */
export function addonId(extensionDir: string): string {
  const manifestFile = join(extensionDir, 'manifest.json');
  if (!existsSync(manifestFile)) throw new Error(`no built extension in ${extensionDir}: run npm run build:firefox`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${manifestFile} declares no gecko id`);
  return id;
}

/** The test profile's preferences, each for a reason. */
function preferences(id: string, uuid: string): Record<string, string | boolean> {
  return {
    // The extension's pages at an address known before it installs (Firefox otherwise draws one).
    'extensions.webextensions.uuids': JSON.stringify({ [id]: uuid }),
    // permissions.request is granted without its prompt, standing in for the reader's "Allow":
    // a headless browser shows no prompt a test could answer.
    'extensions.webextOptionalPermissionPrompts': false,
    // Nothing from the network but the local fixture server: no name is looked up.
    'network.dns.disabled': true,
    // What Sidenote's scripts and frames log reaches Firefox's output, shown when a test fails.
    'devtools.console.stdout.content': true,
  };
}

const LISTENING = /WebDriver BiDi listening on (ws:\/\/\S+)/;

/**
 * Firefox in a fresh profile, driven over WebDriver BiDi, with the built extension installed as a
 * temporary add-on (webExtension.install). Headless; started with --remote-allow-system-access,
 * without which BiDi may neither open the extension's own pages nor script Firefox's window (where
 * the keyboard shortcut is pressed): see docs/firefox.md.
 */
export class Firefox {
  private constructor(
    readonly bidi: BiDi,
    private readonly child: ChildProcess,
    private readonly profile: string,
    /** The id webExtension.install answered with. */
    readonly installedId: string,
    /** moz-extension://<uuid>, the extension's origin. */
    readonly origin: string,
    /** What Firefox printed (its errors, and what the extension logged), for the report of a failed test. */
    readonly output: string[],
  ) {}

  static async launch(extensionDir = FIREFOX_EXTENSION_DIR): Promise<Firefox> {
    const id = addonId(extensionDir);
    const uuid = randomUUID();
    const profile = mkdtempSync(join(tmpdir(), 'sidenote-firefox-'));
    const prefs = Object.entries(preferences(id, uuid)).map(
      ([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`,
    );
    writeFileSync(join(profile, 'user.js'), `${prefs.join('\n')}\n`);
    const args = [
      '--headless',
      '--no-remote',
      '-profile',
      profile,
      '--remote-debugging-port=0',
      '--remote-allow-system-access',
      'about:blank',
    ];
    const child = spawn(firefoxPath(), args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
    });
    const output: string[] = [];
    try {
      const url = await new Promise<string>((found, failed) => {
        const timer = setTimeout(
          () => failed(new Error(`Firefox did not start its WebDriver BiDi server within 30 s:\n${output.join('')}`)),
          30_000,
        );
        const read = (chunk: Buffer) => {
          output.push(String(chunk));
          const match = LISTENING.exec(output.join(''));
          if (match) {
            clearTimeout(timer);
            found(match[1]!);
          }
        };
        child.stdout!.on('data', read);
        child.stderr!.on('data', read);
        child.once('exit', (code) =>
          failed(new Error(`Firefox exited (${code}) before it listened:\n${output.join('')}`)),
        );
      });
      const bidi = await BiDi.connect(`${url}/session`);
      await bidi.send('session.new', { capabilities: {} });
      const { extension } = await bidi.send<{ extension: string }>('webExtension.install', {
        extensionData: { type: 'path', path: extensionDir },
      });
      return new Firefox(bidi, child, profile, extension, `moz-extension://${uuid}`, output);
    } catch (error) {
      child.kill('SIGKILL');
      rmSync(profile, { recursive: true, force: true });
      throw error;
    }
  }

  /** A new tab at `url`, loaded; `preload` runs in its page before the page's own scripts, as one of them. */
  async newTab(url: string, preload?: () => void): Promise<BrowsingContext> {
    const { context } = await this.bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
    if (preload)
      await this.bidi.send('script.addPreloadScript', { functionDeclaration: preload.toString(), contexts: [context] });
    const tab = new BrowsingContext(this.bidi, context);
    await tab.navigate(url);
    return tab;
  }

  /** One of the extension's pages ("/options.html") in a new tab. */
  openExtensionPage(path: string): Promise<BrowsingContext> {
    return this.newTab(`${this.origin}${path}`);
  }

  /**
   * Presses Sidenote's keyboard shortcut (Alt+Shift+S) in Firefox's window for `tab`, as a reader
   * does. The keys go to the window with the focus on the tab's entry in the tab strip: keys BiDi's
   * input.performActions sends into a page never reach Firefox's shortcuts (docs/firefox.md).
   */
  async pressShortcut(tab: BrowsingContext): Promise<void> {
    await this.bidi.send('browsingContext.activate', { context: tab.id });
    const { contexts } = await this.bidi.send<{ contexts: { context: string }[] }>('browsingContext.getTree', {
      'moz:scope': 'chrome',
    });
    const window = new BrowsingContext(this.bidi, contexts[0]!.context);
    await window.run(`(() => {
      gBrowser.selectedTab.focus();
      const keys = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
      if (!keys.beginInputTransactionForTests(window)) throw new Error('no input transaction');
      const held = [['Alt', 'AltLeft', 18], ['Shift', 'ShiftLeft', 16], ['S', 'KeyS', 83]].map(([key, code, keyCode]) => new KeyboardEvent('', { key, code, keyCode }));
      for (const key of held) keys.keydown(key);
      for (const key of held.reverse()) keys.keyup(key);
    })()`);
  }

  async close(): Promise<void> {
    const exited =
      this.child.exitCode !== null ? Promise.resolve() : new Promise((done) => this.child.once('exit', done));
    await this.bidi.send('browser.close').catch(() => undefined);
    this.bidi.close();
    const killer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(killer);
    rmSync(this.profile, { recursive: true, force: true });
  }
}
