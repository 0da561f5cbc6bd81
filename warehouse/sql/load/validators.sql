-- Conditional-GET validators: the latest check of each feed/sitemap URL wins.
INSERT INTO http_validators BY NAME
SELECT url, etag, last_modified, checked_at
FROM incoming_validators
QUALIFY row_number() OVER (PARTITION BY url ORDER BY checked_at DESC) = 1
ON CONFLICT (url) DO UPDATE SET
    etag = excluded.etag, last_modified = excluded.last_modified, checked_at = excluded.checked_at;
