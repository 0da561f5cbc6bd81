-- Conditional-GET validators: the latest check of each feed/sitemap URL wins.
MERGE INTO http_validators AS v
USING (SELECT url, etag, last_modified, checked_at
       FROM incoming_validators
       QUALIFY row_number() OVER (PARTITION BY url ORDER BY checked_at DESC) = 1) AS i
ON v.url = i.url
WHEN MATCHED THEN UPDATE SET etag = i.etag, last_modified = i.last_modified, checked_at = i.checked_at
WHEN NOT MATCHED THEN INSERT BY NAME;
