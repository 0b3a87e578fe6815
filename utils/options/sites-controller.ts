import { h, render } from 'preact';
import { AutomaticSites, type AutomaticSitesState } from '@/components/options-page/AutomaticSites';
import { automaticSites } from '../extension/automatic-annotation';
import { parseSite, siteOf } from '../shared/site-pattern';
import { askForHosts, giveBackHosts } from './ask-for-hosts';

/**
 * Owns the options page's list of sites annotated without a click. Adding a site asks the browser
 * for that host at that moment (the reader's click on "Add" is the gesture the prompt needs); the
 * site is listed only if the reader grants it. Removing one gives the host back.
 */
export class SitesController {
  private state: AutomaticSitesState = { hosts: [], notice: null, busy: false };

  constructor(private readonly root: HTMLElement) {}

  async start(): Promise<void> {
    this.set({ hosts: await automaticSites.getValue() });
    // The list also changes elsewhere: the browser's settings may take a host back.
    automaticSites.watch((hosts) => this.set({ hosts }));
  }

  private set(patch: Partial<AutomaticSitesState>): void {
    this.state = { ...this.state, ...patch };
    render(
      h(AutomaticSites, {
        state: this.state,
        add: (input: string) => this.add(input),
        remove: (host: string) => this.remove(host),
      }),
      this.root,
    );
  }

  /** Called straight from the click: the permission request must be the first thing it awaits. */
  async add(input: string): Promise<boolean> {
    const site = parseSite(input);
    if ('error' in site) {
      this.set({ notice: { kind: 'error', text: site.error } });
      return false;
    }
    this.set({ busy: true, notice: null });
    const refused = await askForHosts(
      site.patterns,
      `Sidenote was not given access to ${site.host}, so it is not annotated automatically.`,
    );
    if (refused !== null) {
      this.set({ busy: false, notice: { kind: 'error', text: refused } });
      return false;
    }
    const entries = await automaticSites.getValue();
    if (!entries.includes(site.entry)) {
      const replaced = entries.filter((entry) => siteOf(entry).host === site.host);
      await automaticSites.setValue([...entries.filter((entry) => !replaced.includes(entry)), site.entry]);
      // An http entry replaced by an https one gives back its http access.
      const dropped = replaced
        .flatMap((entry) => siteOf(entry).patterns)
        .filter((pattern) => !site.patterns.includes(pattern));
      await giveBackHosts(dropped);
    }
    this.set({
      busy: false,
      hosts: await automaticSites.getValue(),
      notice: { kind: 'info', text: `Articles on ${site.host} are now annotated as they open.` },
    });
    return true;
  }

  async remove(entry: string): Promise<void> {
    const { host } = siteOf(entry);
    await automaticSites.setValue((await automaticSites.getValue()).filter((listed) => listed !== entry));
    // Both schemes: a site listed before Sidenote asked for https alone was granted http too. A host
    // granted some other way (by the browser's settings, or required by a build), or that the shared
    // archive is on, stays granted; the site is off the list either way.
    await giveBackHosts([`https://${host}/*`, `http://${host}/*`]);
    this.set({
      hosts: await automaticSites.getValue(),
      notice: { kind: 'info', text: `${host} is no longer annotated automatically.` },
    });
  }
}
