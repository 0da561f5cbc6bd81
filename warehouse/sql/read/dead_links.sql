-- Dead links the crawler waits for: (url, status, failures, last_checked_at).
SELECT url, status, failures, last_checked_at FROM dead_links ORDER BY url;
