/** Wraps article text in a realistic news page: navigation, ads, related links, comments and a footer. */
export interface NewsPage {
  site: string;
  headline: string;
  byline?: string;
  date?: string;
  paragraphs: string[];
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

export function renderNewsPage(page: NewsPage): string {
  const e = escapeHtml;
  const body = page.paragraphs.map((paragraph) => `      <p>${e(paragraph)}</p>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${e(page.headline)} | ${e(page.site)}</title>
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="${e(page.site)}">
  <meta property="og:title" content="${e(page.headline)}">
  <style>
    body { font: 17px/1.6 Georgia, serif; margin: 0; color: #222; }
    header.site, footer.site { background: #14213d; color: #fff; padding: 12px 24px; }
    header.site a, footer.site a { color: #fff; margin-right: 14px; }
    main { display: grid; grid-template-columns: minmax(0, 680px) 300px; gap: 32px; padding: 24px; }
    .ad { background: #f1f1f1; border: 1px dashed #aaa; padding: 24px; font: 12px sans-serif; color: #666; }
    .comments li { margin-bottom: 10px; font: 14px sans-serif; }
  </style>
</head>
<body>
  <header class="site">
    <strong>${e(page.site)}</strong>
    <nav aria-label="Sections"><a href="/world">World</a><a href="/europe">Europe</a><a href="/politics">Politics</a><a href="/business">Business</a><a href="/opinion">Opinion</a></nav>
  </header>
  <div class="ad" id="top-ad">Advertisement · Sponsored content from our partners</div>
  <main>
    <article>
      <h1>${e(page.headline)}</h1>
      <p class="meta"><span class="byline">${page.byline ? `By ${e(page.byline)}` : 'Staff report'}</span>${page.date ? ` · <time datetime="${e(page.date)}">${e(page.date)}</time>` : ''}</p>
${body}
      <p><button type="button" id="share-button">Share this story</button> <span id="share-count">0</span> shares</p>
    </article>
    <aside>
      <div class="ad">Advertisement</div>
      <h2>Most read</h2>
      <ul><li><a href="/a">Markets close higher on tech rally</a></li><li><a href="/b">Ten recipes for a quick dinner</a></li><li><a href="/c">Local team wins cup final</a></li></ul>
    </aside>
  </main>
  <section class="comments" id="comments">
    <h2>Comments</h2>
    <ol><li>Great reporting, thank you.</li><li>Where can I read more about this?</li><li>Subscribe to our newsletter for daily updates.</li></ol>
  </section>
  <footer class="site"><a href="/about">About us</a><a href="/privacy">Privacy</a><a href="/terms">Terms</a> © ${e(page.site)}</footer>
  <script>
    // The page's own behaviour, which Sidenote must leave working.
    document.getElementById('share-button').addEventListener('click', function () {
      var count = document.getElementById('share-count');
      count.textContent = String(Number(count.textContent) + 1);
    });
  </script>
</body>
</html>
`;
}
