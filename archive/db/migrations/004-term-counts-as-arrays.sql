-- Each article's term counts as two parallel arrays, its terms and how often each occurs, in place
-- of one JSON value. An answer needs only the counts of the page's terms (a few dozen of an
-- article's two hundred or so): with arrays, PostgreSQL picks them out in one pass and sends those
-- alone, where the JSON had to be sent and parsed whole for every candidate. Articles stored with
-- JSON counts are converted; those stored without their words keep none, and their texts are read.
ALTER TABLE articles
  ADD COLUMN counted_terms text[],
  ADD COLUMN term_counts_list integer[];
-- The JSON is cleared in the same update, so that the rows written do not carry it too.
UPDATE articles SET
  counted_terms = ARRAY(
    SELECT term FROM json_array_elements_text(term_counts -> 0) WITH ORDINALITY AS e(term, at) ORDER BY at),
  term_counts_list = ARRAY(
    SELECT count::integer FROM json_array_elements_text(term_counts -> 1) WITH ORDINALITY AS e(count, at) ORDER BY at),
  term_counts = NULL
WHERE term_counts IS NOT NULL;
ALTER TABLE articles DROP COLUMN term_counts;
ALTER TABLE articles RENAME COLUMN term_counts_list TO term_counts;
