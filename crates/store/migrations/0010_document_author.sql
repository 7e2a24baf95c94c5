-- Who wrote a document, as its page says (byline, JSON-LD author): kept
-- with the other metadata an article brings (origin, publisher, date).

ALTER TABLE documents ADD COLUMN author TEXT;
