SELECT url, etag, last_modified, checked_at FROM http_validators ORDER BY url;
