-- Each article's term counts packed as bytes (archive/ingest/read-for-archive.ts, packTermCounts):
-- for each term, the first 8 bytes of the MD5 of its UTF-8 (converted, whatever the database's
-- encoding) and its count as 4 bytes, big-endian.
-- An answer reads them for every candidate and needs only the page's terms among them: as JSON,
-- parsing them took Node some 18 ms of an answer's 130 ms of processor time. Counts already stored
-- as JSON are packed here, in their order; articles stored without their words stay without (their
-- texts are read).
ALTER TABLE articles ADD COLUMN term_hashes bytea;
UPDATE articles SET term_hashes = coalesce(
  (SELECT string_agg(decode(substr(md5(convert_to(term.value, 'UTF8')), 1, 16), 'hex') || int4send(count.value::integer), ''::bytea
                     ORDER BY term.at)
   FROM json_array_elements_text(term_counts -> 0) WITH ORDINALITY AS term(value, at)
   JOIN json_array_elements_text(term_counts -> 1) WITH ORDINALITY AS count(value, at) ON count.at = term.at),
  ''::bytea)
WHERE term_counts IS NOT NULL;
ALTER TABLE articles DROP COLUMN term_counts;
