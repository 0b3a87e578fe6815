import { useState } from 'preact/hooks';
import { Notice, type NoticeMessage } from './Notice';

export interface SharedArchiveState {
  /** The archive in use (its host), or null: everything stays in this browser. */
  host: string | null;
  /** The archive was chosen, but the browser no longer lets Sidenote reach it. */
  revoked: boolean;
  notice: NoticeMessage | null;
  busy: boolean;
}

interface Props {
  state: SharedArchiveState;
  use: (address: string, token: string) => Promise<boolean>;
  stop: () => Promise<void>;
}

/** The options page's "Use a shared archive": off unless the reader gives an address and a token. */
export function SharedArchive({ state, use, stop }: Props) {
  const [address, setAddress] = useState('');
  const [token, setToken] = useState('');
  return (
    <section class="archive" aria-labelledby="archive-heading" data-testid="shared-archive">
      <h2 id="archive-heading">Shared archive</h2>
      <p class="hint">
        A newsroom may run a shared archive of its articles. With one chosen here, each page you annotate is sent to
        that archive, and only there, and its related coverage and notes come back from it; without one, nothing you
        read leaves this browser. Choosing one asks your browser to let Sidenote reach that address.
      </p>
      {state.host !== null ? (
        <p data-testid="archive-in-use" data-host={state.host}>
          {state.revoked
            ? `Your browser no longer lets Sidenote reach ${state.host}: pages are annotated in this browser. Choose the archive again to use it.`
            : `Pages you annotate go to the shared archive at ${state.host}.`}{' '}
          <button
            type="button"
            class="danger"
            disabled={state.busy}
            onClick={() => void stop()}
            data-testid="archive-stop"
          >
            Stop using it
          </button>
        </p>
      ) : (
        <p class="hint" data-testid="archive-none">
          No archive: pages are annotated in this browser, against the corpus above.
        </p>
      )}
      <form
        class="field archive-form"
        onSubmit={(event) => {
          event.preventDefault();
          void use(address, token).then((chosen) => chosen && setToken(''));
        }}
      >
        <label for="archive-address">Address</label>
        <input
          id="archive-address"
          type="url"
          placeholder="https://archive.example.org"
          value={address}
          onInput={(event) => setAddress(event.currentTarget.value)}
          data-testid="archive-address"
        />
        <label for="archive-token">Reader token</label>
        <input
          id="archive-token"
          type="password"
          autocomplete="off"
          value={token}
          onInput={(event) => setToken(event.currentTarget.value)}
          data-testid="archive-token"
        />
        <button type="submit" disabled={state.busy} data-testid="archive-use">
          Use this archive
        </button>
      </form>
      <Notice notice={state.notice} testId="archive-notice" />
    </section>
  );
}
