// Store each document's text (the text its evidence spans refer to) and where its date came from.
// @mode write
// @param rows: list of {key, text, published_from} maps
UNWIND $rows AS row
MATCH (d:Document {key: row.key})
SET d.text = row.text, d.published_from = row.published_from
RETURN count(d) AS count
