-- Before the per-batch lookups (kept to measure what they replaced): every content hash.
SELECT url, content_hash FROM articles;
