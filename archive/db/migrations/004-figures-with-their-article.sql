-- Each article's figures as one JSON value on the article, in the order the core read them and in
-- the shape of its Claim: an answer reads them with its candidates and parses them as they are,
-- where one row a figure had to be turned into JSON (to_json) and sent apart for every candidate.
-- No query reads figures one by one (figure_postings finds the articles with a figure of a kind), so
-- the figures table goes, once its rows are moved onto their articles.
ALTER TABLE articles ADD COLUMN figures json;
UPDATE articles SET figures = coalesce(
  (SELECT json_agg(json_build_object(
     'text', f.text, 'start', f.start_at, 'end', f.end_at, 'kind', f.kind, 'value', f.value,
     'high', f.high, 'unit', f.unit, 'qualifier', f.qualifier, 'bound', f.bound,
     'sentence', json_build_object('start', f.sentence_start, 'end', f.sentence_end),
     'subject', json_build_object('places', f.subject_places, 'terms', f.subject_terms),
     'asOf', f.as_of,
     'frame', json_build_object(
       'measure', f.measure, 'modifiers', f.modifiers, 'event', f.event, 'holders', f.holders,
       'recipients', f.recipients, 'of', f.of_places, 'nature', f.nature, 'period', f.period,
       'since', f.since)
   ) ORDER BY f.position)
   FROM figures f WHERE f.article_seq = articles.seq),
  '[]');
ALTER TABLE articles ALTER COLUMN figures SET NOT NULL;
DROP TABLE figures;
