import { useState } from 'preact/hooks';
import { siteOf } from '@/utils/shared/site-pattern';
import { Notice, type NoticeMessage } from './Notice';

export interface AutomaticSitesState {
  /** The list's entries: a host, or "http://" and a host for a site given as http. */
  hosts: string[];
  notice: NoticeMessage | null;
  busy: boolean;
}

interface Props {
  state: AutomaticSitesState;
  add: (input: string) => Promise<boolean>;
  remove: (entry: string) => Promise<void>;
}

export function AutomaticSites({ state, add, remove }: Props) {
  const [input, setInput] = useState('');
  return (
    <section class="automatic" aria-labelledby="automatic-heading" data-testid="automatic-sites">
      <h2 id="automatic-heading">Automatic annotation</h2>
      <p class="hint">
        On the sites listed here, Sidenote annotates each article as it opens, without a click. Adding a site asks your
        browser to let Sidenote read that site’s pages; Sidenote reads no other site unless you click its icon there.
        Removing a site gives that access back.
      </p>
      <form
        class="field"
        onSubmit={(event) => {
          event.preventDefault();
          void add(input).then((added) => added && setInput(''));
        }}
      >
        <label for="automatic-site">Site</label>
        <input
          id="automatic-site"
          type="text"
          placeholder="www.example.com"
          value={input}
          onInput={(event) => setInput(event.currentTarget.value)}
          data-testid="automatic-input"
        />
        <button type="submit" disabled={state.busy} data-testid="automatic-add">
          Annotate automatically
        </button>
      </form>
      <Notice notice={state.notice} testId="automatic-notice" />
      {state.hosts.length === 0 ? (
        <p class="hint" data-testid="automatic-empty">
          No site yet: Sidenote runs only when you click its icon.
        </p>
      ) : (
        <ul class="automatic-sites">
          {state.hosts.map((entry) => (
            <li key={entry} data-testid="automatic-site" data-host={siteOf(entry).host}>
              <span>{entry}</span>{' '}
              <button
                type="button"
                class="danger"
                onClick={() => void remove(entry)}
                aria-label={`Stop annotating ${siteOf(entry).host} automatically`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
