-- What the core reads of each article's words (readWords), kept at ingest so that an answer builds
-- its candidates' index without reading their texts again: the lead, the MinHash signature (32
-- unsigned integers, little-endian) and each term's count, as [[term, ...], [count, ...]]. Articles
-- stored before this have none; their texts are read instead.
ALTER TABLE articles
  ADD COLUMN lead text,
  ADD COLUMN signature bytea,
  ADD COLUMN term_counts json;
