import type { Annotation, RelatedArticle } from '@/utils/core/results';
import { formatDate } from './format';
import { MarkedText } from './MarkedText';

/** `archive`: the shared archive that answered (its host), or null for the corpus in this browser. */
export function RelatedCoverage({ annotation, archive }: { annotation: Annotation; archive: string | null }) {
  const { related, relatedWithheldForDate: withheld = 0, sameArticle, corpus, timings } = annotation;
  const loadIndex = timings.loadIndex ?? 0;
  return (
    <section class="related" aria-labelledby="sidenote-related-heading">
      <h3 id="sidenote-related-heading">Related coverage</h3>
      <p class="corpus-line" data-testid="answered-by" data-archive={archive ?? ''}>
        In the {archive === null ? corpus.name : `shared archive at ${archive}`} ({corpus.articles.toLocaleString('en')}{' '}
        articles)
      </p>
      {sameArticle && (
        <p class="notice" data-testid="same-article">
          This article is itself in the corpus: <q>{sameArticle.title}</q>
        </p>
      )}
      {withheld > 0 && <WithheldForDate count={withheld} />}
      {related.length > 0 ? (
        <ol class="related-list">
          {related.map((item) => (
            <RelatedItem key={item.id} item={item} />
          ))}
        </ol>
      ) : (
        withheld === 0 && (
          <p class="empty" data-testid="related-empty">
            No article in the corpus covers this story.
          </p>
        )
      )}
      <p class="corpus-line" data-testid="timing" data-load-index-ms={loadIndex} data-timings={JSON.stringify(timings)}>
        Found in {Math.round(timings.total ?? 0)} ms
        {loadIndex > 0 && `, after loading the corpus index (${Math.round(loadIndex)} ms)`}
      </p>
    </section>
  );
}

/** An undated page gets no dated article (utils/core/story-links.ts): say so, and how many were left out. */
function WithheldForDate({ count }: { count: number }) {
  const one = count === 1;
  return (
    <p class="notice" data-testid="related-needs-date">
      This page gives no date. {one ? 'One article' : `${count.toLocaleString('en')} articles`} in the corpus{' '}
      {one ? 'shares' : 'share'} much of its key terms, but without the page’s date Sidenote cannot tell a report of
      this story from one on its subject at another time, so {one ? 'it is' : 'they are'} not listed.
    </p>
  );
}

function RelatedItem({ item }: { item: RelatedArticle }) {
  const { snippet } = item;
  return (
    <li class="related-item" data-testid="related-item" data-article-id={item.id}>
      <h4 class={item.titleIsFallback ? 'related-title fallback' : 'related-title'}>
        {item.titleIsFallback && <span class="visually-hidden">First sentence (no title): </span>}
        {item.title}
      </h4>
      <p class="related-meta">
        <span data-testid="related-source">{item.source ?? 'Source unknown'}</span>
        {item.date && (
          <>
            {' · '}
            <time dateTime={item.date}>{formatDate(item.date)}</time>
          </>
        )}
        {' · '}
        <span data-testid="related-score" title="BM25 relevance; share of this page's key terms it holds">
          score {item.score.toFixed(1)}, {Math.round(item.coverage * 100)}% of key terms
        </span>
      </p>
      <blockquote class="snippet" data-testid="related-snippet">
        {snippet.truncatedStart && '… '}
        <MarkedText text={snippet.text} marks={snippet.marks} />
        {snippet.truncatedEnd && ' …'}
      </blockquote>
      <p class="why" data-testid="related-story">
        Same story: {Math.round(item.coverage * 100)}% of this page’s key terms,{' '}
        {Math.round(item.reverseCoverage * 100)}% of its own
        {item.daysApart !== null &&
          `, ${item.daysApart === 0 ? 'the same day' : `${item.daysApart} day${item.daysApart === 1 ? '' : 's'} apart`}`}
      </p>
      {item.sharedPlaces.length > 0 && (
        <p class="why">
          Shared places:{' '}
          <span data-testid="related-places">{item.sharedPlaces.map((place) => place.name).join(', ')}</span>
        </p>
      )}
      {item.sharedFigures.length > 0 && (
        <p class="why">
          Figures on the same subject:{' '}
          <span data-testid="related-figures">
            {item.sharedFigures.map((figure) => `${figure.text} (${figure.places.join(', ')})`).join('; ')}
          </span>
        </p>
      )}
      <p class="why">
        Shared terms: <span data-testid="related-terms">{item.matchedTerms.slice(0, 8).join(', ')}</span>
      </p>
      {item.copies.length > 0 && (
        <p class="why" data-testid="related-copies">
          Same story also in:{' '}
          {item.copies.map((copy, index) => (
            <span key={copy.id}>
              {index > 0 && '; '}
              {copy.source ?? copy.title}
              {copy.date && ` (${formatDate(copy.date)})`}
            </span>
          ))}
        </p>
      )}
    </li>
  );
}
