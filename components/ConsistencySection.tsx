import type { ConsistencyNote, SourcingProfile, Verdict } from '@/utils/core/results';
import type { FiguresState } from '@/utils/shared/sidebar-state';
import { formatDate } from './format';
import { MarkedText } from './MarkedText';

const GROUPS: { verdict: Verdict; heading: string; hint: string }[] = [
  { verdict: 'differs', heading: 'Differs', hint: 'Figures the corpus or the map give otherwise' },
  { verdict: 'agrees', heading: 'Agrees', hint: 'Figures the corpus or the map confirm' },
  { verdict: 'only-here', heading: 'Only here', hint: 'Figures no corpus article gives' },
];

const CHECK_LABELS: Record<ConsistencyNote['check'], string> = {
  corpus: 'against the corpus',
  distance: 'distance on the map',
  direction: 'direction on the map',
  population: 'population in the gazetteer',
  conversion: 'conversion on this page',
  age: 'age against a birth year',
  anniversary: 'years against the dates on this page',
};

interface ConsistencySectionProps {
  figures: FiguresState;
  onShowSentence: (sentence: string) => void;
}

/** The article's figures, grouped by what checking them found, and who the article quotes. */
export function ConsistencySection({ figures, onShowSentence }: ConsistencySectionProps) {
  return (
    <section
      class="consistency"
      aria-labelledby="sidenote-consistency-heading"
      data-testid="consistency"
      data-status={figures.status}
    >
      <h3 id="sidenote-consistency-heading">Consistency</h3>
      {figures.status === 'checking' && <p class="empty">Checking the article’s figures…</p>}
      {figures.status === 'error' && (
        <p class="empty" role="alert">
          Could not check the figures: {figures.message}
        </p>
      )}
      {figures.status === 'done' && (
        <>
          <p class="corpus-line" data-testid="figures-count">
            {figures.consistency.claims.length} figures read, {figures.consistency.notes.length} checked
            {figures.consistency.checkedCharacters < figures.consistency.articleCharacters &&
              ` (in the first ${figures.consistency.checkedCharacters.toLocaleString('en')} of ${figures.consistency.articleCharacters.toLocaleString('en')} characters)`}
          </p>
          {figures.consistency.notes.length === 0 && (
            <p class="empty">No figure here could be checked against the corpus or the map.</p>
          )}
          {GROUPS.map(({ verdict, heading, hint }) => {
            const notes = figures.consistency.notes.filter((note) => note.verdict === verdict);
            return notes.length === 0 ? null : (
              <div class="note-group" data-testid={`notes-${verdict}`} key={verdict}>
                <h4 title={hint}>
                  {heading} <span class="count">{notes.length}</span>
                </h4>
                <ul class="notes">
                  {notes.map((note, index) => (
                    <NoteItem
                      key={`${note.claim.start}-${note.check}-${index}`}
                      note={note}
                      onShowSentence={onShowSentence}
                    />
                  ))}
                </ul>
              </div>
            );
          })}
          <Sourcing profile={figures.consistency.sourcing} />
        </>
      )}
    </section>
  );
}

function NoteItem({ note, onShowSentence }: { note: ConsistencyNote; onShowSentence: (sentence: string) => void }) {
  return (
    <li
      class={`note note-${note.verdict}`}
      data-testid="note"
      data-check={note.check}
      data-verdict={note.verdict}
      data-dates-differ={note.datesDiffer}
    >
      <button
        type="button"
        class="note-sentence"
        title="Show this sentence in the page"
        onClick={() => onShowSentence(note.sentence)}
      >
        <MarkedText text={note.sentence} marks={[note.figureInSentence]} />
      </button>
      <p class="note-message">
        <span class="note-check">{CHECK_LABELS[note.check]}</span>
        {note.datesDiffer && <span class="note-dated"> · different dates</span>}
        {note.claim.asOf && <span class="note-asof"> · page: as of {formatDate(note.claim.asOf)}</span>}
        <br />
        {note.message}
      </p>
      {note.basis && note.verdict !== 'only-here' && (
        <p class="note-basis" data-testid="note-basis">
          Compared as one quantity: {note.basis}
        </p>
      )}
      {note.evidence.length > 0 && (
        <ul class="evidence" aria-label="Evidence">
          {note.evidence.map((item, index) => (
            <li
              key={`${item.id}-${index}`}
              class={item.agrees ? 'evidence-item agrees' : 'evidence-item differs'}
              data-testid="evidence"
              data-evidence-id={item.id}
            >
              <span class="evidence-figure">
                {item.agrees ? '=' : '≠'} {item.figure}
                {item.datesDiffer && <span class="note-dated"> (another date)</span>}
              </span>
              <span class="evidence-source">
                {' '}
                {item.title}
                {item.source && item.source !== item.title ? `, ${item.source}` : ''}
                {item.date && (
                  <>
                    {' · '}
                    <time dateTime={item.date}>as of {formatDate(item.date)}</time>
                  </>
                )}
              </span>
              <blockquote class="snippet">
                <MarkedText text={item.quote} marks={item.marks} />
              </blockquote>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function Sourcing({ profile }: { profile: SourcingProfile }) {
  return (
    <div class="note-group sourcing" data-testid="sourcing">
      <h4>Sourcing</h4>
      <dl>
        <dt>Named</dt>
        <dd data-testid="sourcing-named">
          {profile.named.length
            ? profile.named.map(({ name, count }) => (count > 1 ? `${name} (${count})` : name)).join(', ')
            : 'none'}
        </dd>
        <dt>Unnamed</dt>
        <dd data-testid="sourcing-anonymous">
          {profile.anonymous.length ? profile.anonymous.map(({ phrase }) => `“${phrase}”`).join(', ') : 'none'}
        </dd>
        <dt>Cites</dt>
        <dd data-testid="sourcing-cited">{profile.cited.length ? profile.cited.join(', ') : 'none'}</dd>
      </dl>
    </div>
  );
}
