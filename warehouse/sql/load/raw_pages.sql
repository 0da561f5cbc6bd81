-- Latest fetch of each canonical URL wins: the body is kept for `veille reprocess`.
INSERT INTO raw_pages BY NAME
SELECT url, requested_url, source, fetched_at, status, CAST(headers AS JSON) AS headers,
       body_zlib, encoding, discovered_via, hint_published_at, hint_title
FROM incoming_raw_pages
QUALIFY row_number() OVER (PARTITION BY url ORDER BY fetched_at DESC) = 1
ON CONFLICT (url) DO UPDATE SET
    requested_url = excluded.requested_url, source = excluded.source,
    fetched_at = excluded.fetched_at, status = excluded.status, headers = excluded.headers,
    body_zlib = excluded.body_zlib, encoding = excluded.encoding,
    discovered_via = excluded.discovered_via, hint_published_at = excluded.hint_published_at,
    hint_title = excluded.hint_title;
