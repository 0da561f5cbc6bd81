-- Latest fetch of each canonical URL wins: the body is kept for `veille reprocess`.
-- Its lookup key row (url_sightings, migration 009) follows: one per page, its latest fetch,
-- written first (the loader returns the merge's count); the delete is asked by key, as in
-- crawl_events.sql (same setting).
SET dynamic_or_filter_threshold = 1000;

DELETE FROM url_sightings
WHERE url_key IN (SELECT ('0x' || left(md5(url), 16))::UBIGINT FROM incoming_raw_pages)
  AND kind = 'raw_page'
  AND url IN (SELECT url FROM incoming_raw_pages);

INSERT INTO url_sightings
SELECT ('0x' || left(md5(url), 16))::UBIGINT AS url_key, url, 'raw_page', NULL, fetched_at,
       fetched_at, NULL, NULL
FROM incoming_raw_pages
QUALIFY row_number() OVER (PARTITION BY url ORDER BY fetched_at DESC) = 1
ORDER BY url_key;

MERGE INTO raw_pages AS p
USING (SELECT url, requested_url, source, fetched_at, status, CAST(headers AS JSON) AS headers,
              body_zlib, encoding, discovered_via, hint_published_at, hint_title
       FROM incoming_raw_pages
       QUALIFY row_number() OVER (PARTITION BY url ORDER BY fetched_at DESC) = 1) AS i
ON p.url = i.url
WHEN MATCHED THEN UPDATE SET
    requested_url = i.requested_url, source = i.source,
    fetched_at = i.fetched_at, status = i.status, headers = i.headers,
    body_zlib = i.body_zlib, encoding = i.encoding,
    discovered_via = i.discovered_via, hint_published_at = i.hint_published_at,
    hint_title = i.hint_title
WHEN NOT MATCHED THEN INSERT BY NAME;
