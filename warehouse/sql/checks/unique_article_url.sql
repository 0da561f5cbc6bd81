-- Each canonical URL is one article.
SELECT url, count(*) AS copies FROM articles SEMI JOIN checked_articles USING (url)
GROUP BY url HAVING count(*) > 1
