import { h, render } from 'preact';
import { browser } from 'wxt/browser';
import { SharedArchive, type SharedArchiveState } from '@/components/options-page/SharedArchive';
import { sharedArchive } from '../extension/shared-archive';
import { parseArchiveAddress, tokenProblem } from '../shared/archive-address';
import { askForHosts, giveBackHosts } from './ask-for-hosts';

/**
 * Owns the options page's shared archive setting. Choosing an archive asks the browser for that one
 * origin at that moment (the reader's click is the gesture the prompt needs); the archive is used
 * only if the reader grants it. Stopping forgets the address and the token and gives the origin back.
 */
export class ArchiveController {
  private state: SharedArchiveState = { host: null, revoked: false, notice: null, busy: false };

  constructor(private readonly root: HTMLElement) {}

  async start(): Promise<void> {
    await this.refresh();
    sharedArchive.watch(() => void this.refresh());
  }

  private async refresh(patch: Partial<SharedArchiveState> = {}): Promise<void> {
    const setting = await sharedArchive.getValue();
    const address = setting ? parseArchiveAddress(setting.origin) : null;
    const chosen = address && !('error' in address) ? address : null;
    const granted = chosen ? await browser.permissions.contains({ origins: [chosen.pattern] }) : false;
    this.set({ host: chosen?.host ?? null, revoked: chosen !== null && !granted, ...patch });
  }

  private set(patch: Partial<SharedArchiveState>): void {
    this.state = { ...this.state, ...patch };
    render(
      h(SharedArchive, {
        state: this.state,
        use: (address: string, token: string) => this.use(address, token),
        stop: () => this.stop(),
      }),
      this.root,
    );
  }

  /** Called straight from the click: the permission request must be the first thing it awaits. */
  async use(input: string, token: string): Promise<boolean> {
    const address = parseArchiveAddress(input);
    const problem = 'error' in address ? address.error : tokenProblem(token);
    if (problem !== null || 'error' in address) {
      this.set({ notice: { kind: 'error', text: problem ?? '' } });
      return false;
    }
    this.set({ busy: true, notice: null });
    const refused = await askForHosts(
      [address.pattern],
      `Sidenote was not given access to ${address.host}, so pages stay in this browser.`,
    );
    if (refused !== null) {
      this.set({ busy: false, notice: { kind: 'error', text: refused } });
      return false;
    }
    await sharedArchive.setValue({ origin: address.origin, token: token.trim() });
    await this.refresh({
      busy: false,
      notice: { kind: 'info', text: `Pages you annotate now go to the shared archive at ${address.host}.` },
    });
    return true;
  }

  async stop(): Promise<void> {
    const setting = await sharedArchive.getValue();
    await sharedArchive.setValue(null);
    const address = setting ? parseArchiveAddress(setting.origin) : null;
    // The same host may be listed for automatic annotation: its access stays for that.
    if (address && !('error' in address)) await giveBackHosts([address.pattern]);
    await this.refresh({ notice: { kind: 'info', text: 'Pages are annotated in this browser again.' } });
  }
}
