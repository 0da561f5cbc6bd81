-- Raw pages in a stable order, for `veille reprocess` (the body is decompressed in Python).
SELECT url, requested_url, source, fetched_at, status, CAST(headers AS VARCHAR) AS headers,
       body_zlib, encoding, discovered_via, hint_published_at, hint_title
FROM raw_pages
ORDER BY url;
