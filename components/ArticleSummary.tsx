import type { ArticleSummary as Summary } from '@/utils/core/results';

export function ArticleSummary({ article, truncated }: { article: Summary; truncated: boolean }) {
  // Sites without named authors put their own name in the byline ("BBC News"): say it once.
  const byline = article.byline && article.byline !== article.siteName ? article.byline : null;
  return (
    <section class="article" aria-label="This article">
      <h2 class="article-title" data-testid="article-title">
        {article.title ?? 'Untitled article'}
      </h2>
      <dl class="article-meta">
        {byline && (
          <>
            <dt>By</dt>
            <dd data-testid="article-byline">{byline}</dd>
          </>
        )}
        {article.siteName && (
          <>
            <dt>Site</dt>
            <dd data-testid="article-site">{article.siteName}</dd>
          </>
        )}
        <dt>Length</dt>
        <dd data-testid="article-words">{article.words.toLocaleString('en')} words</dd>
      </dl>
      {truncated && (
        <p class="notice" data-testid="truncated">
          This page is very long: Sidenote read its first part only.
        </p>
      )}
    </section>
  );
}
