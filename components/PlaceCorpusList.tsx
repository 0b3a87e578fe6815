import type { PlaceInArticle } from '@/utils/core/results';
import { formatDate } from './format';
import { MarkedText } from './MarkedText';

/** What the corpus says of a place: the articles that mention it, each with the sentence that does. */
export function PlaceCorpusList({ place }: { place: PlaceInArticle }) {
  if (place.corpusArticles === 0) {
    return (
      <p class="empty" data-testid="place-corpus-none">
        No article in the corpus mentions {place.name}.
      </p>
    );
  }
  return (
    <div class="place-corpus">
      <p class="place-corpus-count" data-testid="place-corpus-count">
        Mentioned in {place.corpusArticles} corpus {place.corpusArticles === 1 ? 'article' : 'articles'}
        {place.corpusArticles > place.corpus.length && `, the first ${place.corpus.length} shown`}:
      </p>
      <ul>
        {place.corpus.map((item) => (
          <li key={item.id} data-testid="place-corpus-item" data-article-id={item.id}>
            <span class={item.titleIsFallback ? 'place-corpus-title fallback' : 'place-corpus-title'}>
              {item.title}
            </span>
            <span class="related-meta">
              {' '}
              {item.source ?? 'Source unknown'}
              {item.date && ` · ${formatDate(item.date)}`}
            </span>
            <blockquote class="snippet" data-testid="place-corpus-snippet">
              {item.snippet.truncatedStart && '… '}
              <MarkedText text={item.snippet.text} marks={item.snippet.marks} />
              {item.snippet.truncatedEnd && ' …'}
            </blockquote>
          </li>
        ))}
      </ul>
    </div>
  );
}
