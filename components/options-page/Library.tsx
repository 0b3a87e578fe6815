import { useState } from 'preact/hooks';
import type { CorpusStatistics } from '@/utils/core/import/corpus-stats';
import type { ClaimKind } from '@/utils/core/types';
import type { LocatorMap } from '@/utils/core/places/locator-map';
import { LocatorMapView } from '../LocatorMapView';
import { formatDate } from '../format';
import type { OptionsPageProps } from '@/utils/options/state';

export function Library({ state, controller }: OptionsPageProps) {
  const [mergeName, setMergeName] = useState('');
  const entries = [{ ...state.bundled, createdAt: null, origin: 'ships with Sidenote' }, ...state.library];
  return (
    <section class="library" aria-labelledby="library-heading">
      <h2 id="library-heading">Library</h2>
      <ul class="corpora">
        {entries.map((entry) => {
          const active = entry.id === state.activeId;
          const bundled = entry.id === 'bundled';
          return (
            <li
              key={entry.id}
              class={active ? 'corpus active' : 'corpus'}
              data-testid="corpus"
              data-corpus-id={entry.id}
              data-active={active}
            >
              <div class="corpus-head">
                {!bundled && (
                  <input
                    type="checkbox"
                    aria-label={`Select ${entry.name} to merge`}
                    checked={state.selected.includes(entry.id)}
                    onChange={(event) => controller.select(entry.id, event.currentTarget.checked)}
                    data-testid="select"
                  />
                )}
                <h3 data-testid="corpus-name">{entry.name}</h3>
                {active && (
                  <span class="badge" data-testid="in-use">
                    in use
                  </span>
                )}
              </div>
              <p class="origin">
                {entry.origin}
                {entry.createdAt && ` · imported ${formatDate(entry.createdAt)}`}
              </p>
              {entry.stats && (
                <Stats
                  stats={entry.stats}
                  map={state.maps[entry.id] ?? null}
                  counting={state.counting?.corpusId === entry.id ? state.counting : null}
                />
              )}
              <div class="actions">
                {!active && (
                  <button type="button" onClick={() => controller.use(entry.id)} data-testid="use">
                    Use
                  </button>
                )}
                <button type="button" onClick={() => controller.exportJsonl(entry.id)} data-testid="export">
                  Export JSONL
                </button>
                {!bundled && <RenameButton name={entry.name} onRename={(name) => controller.rename(entry.id, name)} />}
                {!bundled && (
                  <button
                    type="button"
                    class="danger"
                    onClick={() => confirm(`Delete ${entry.name}?`) && controller.remove(entry.id)}
                    data-testid="delete"
                  >
                    Delete
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      <div class="library-actions">
        <label class="field">
          Merged corpus name{' '}
          <input
            type="text"
            value={mergeName}
            onInput={(event) => setMergeName(event.currentTarget.value)}
            data-testid="merge-name"
          />
        </label>
        <button
          type="button"
          disabled={state.selected.length < 2}
          onClick={() => controller.merge(mergeName)}
          data-testid="merge"
        >
          Merge selected ({state.selected.length})
        </button>
        <button
          type="button"
          disabled={state.activeId === 'bundled'}
          onClick={() => controller.reset()}
          data-testid="reset"
        >
          Reset to the bundled corpus
        </button>
      </div>
    </section>
  );
}

const KIND_NAMES: Partial<Record<ClaimKind, string>> = {
  percent: 'percentages',
  distance: 'distances',
  count: 'counts',
  money: 'sums of money',
  duration: 'durations',
  age: 'ages',
  area: 'areas',
  weight: 'weights',
  volume: 'volumes',
  speed: 'speeds',
  temperature: 'temperatures',
};

function Figures({ stats, counting }: { stats: CorpusStatistics; counting: { done: number; total: number } | null }) {
  if (!stats.figures) {
    return (
      <p data-testid="stats-figures">
        {counting
          ? `Counting the figures… ${counting.done.toLocaleString('en')} of ${counting.total.toLocaleString('en')} articles`
          : 'Figures not counted yet.'}
      </p>
    );
  }
  const kinds = Object.entries(stats.figures.byKind)
    .sort((a, b) => b[1] - a[1])
    .map(([kind, count]) => `${count.toLocaleString('en')} ${KIND_NAMES[kind as ClaimKind] ?? kind}`);
  return (
    <p data-testid="stats-figures">
      {stats.figures.total.toLocaleString('en')} figures{kinds.length > 0 && `: ${kinds.join(', ')}`}
    </p>
  );
}

function Stats({
  stats,
  map,
  counting,
}: {
  stats: CorpusStatistics;
  map: LocatorMap | null;
  counting: { done: number; total: number } | null;
}) {
  const dates = stats.firstDate
    ? `${formatDate(stats.firstDate)} to ${formatDate(stats.lastDate ?? stats.firstDate)}`
    : 'no dates';
  return (
    <div class="stats" data-testid="stats">
      <p>
        <strong data-testid="stats-articles">{stats.articles.toLocaleString('en')}</strong> articles · {dates} ·{' '}
        {stats.places.toLocaleString('en')} places
        {stats.untitled > 0 &&
          ` · ${stats.untitled.toLocaleString('en')} without a title (shown by their first sentence)`}
      </p>
      <Figures stats={stats} counting={counting} />
      {stats.sources.length > 0 && (
        <p>Sources: {stats.sources.map((source) => `${source.name} (${source.articles})`).join(', ')}</p>
      )}
      {stats.topPlaces.length > 0 && (
        <p data-testid="stats-places">
          Most mentioned: {stats.topPlaces.map((place) => `${place.name} (${place.articles})`).join(', ')}
        </p>
      )}
      {map && <LocatorMapView map={map} label="The corpus's most mentioned places" />}
    </div>
  );
}

function RenameButton({ name, onRename }: { name: string; onRename: (name: string) => void }) {
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(name);
  if (!editing) {
    return (
      <button type="button" onClick={() => setEditing(true)} data-testid="rename">
        Rename
      </button>
    );
  }
  return (
    <form
      class="rename"
      onSubmit={(event) => {
        event.preventDefault();
        setEditing(false);
        onRename(value);
      }}
    >
      <input
        type="text"
        value={value}
        aria-label="New name"
        onInput={(event) => setValue(event.currentTarget.value)}
        data-testid="rename-input"
      />
      <button type="submit" data-testid="rename-save">
        Save
      </button>
    </form>
  );
}
