-- Each canonical URL is one article.
SELECT url, count(*) AS copies FROM articles GROUP BY url HAVING count(*) > 1
