-- Each article's term counts as a tsvector in place of one JSON value: each term once, its count as
-- its only position ('donetsk':3). An answer needs the counts of the page's terms alone, a few dozen
-- of an article's two hundred or so. PostgreSQL picks them out of a tsvector in C (setweight marks
-- the page's terms, found by binary search; ts_filter keeps them) and sends those alone, where the
-- JSON was sent and parsed whole for every candidate; unnesting parallel arrays instead was tried,
-- and cost PostgreSQL more than the JSON had cost Node. A position is at most 16,383: an article
-- with a term counted more often keeps no counts, and its text is read instead, as for articles
-- stored without their words. Articles stored with JSON counts are converted.
ALTER TABLE articles ADD COLUMN counts tsvector;
-- The JSON is cleared in the same update, so that the rows written do not carry it too.
UPDATE articles SET
  counts = (
    SELECT CASE WHEN max(tally.n::integer) <= 16383 THEN string_agg(
      format('''%s'':%s', replace(replace(term.t, '\', '\\'), '''', ''''''), tally.n), ' ')::tsvector END
    FROM json_array_elements_text(term_counts -> 0) WITH ORDINALITY AS term(t, at)
    JOIN json_array_elements_text(term_counts -> 1) WITH ORDINALITY AS tally(n, at) USING (at)
  ),
  term_counts = NULL
WHERE term_counts IS NOT NULL;
ALTER TABLE articles DROP COLUMN term_counts;
ALTER TABLE articles RENAME COLUMN counts TO term_counts;
