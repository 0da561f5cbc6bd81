-- Agenda: dates announced by this week's articles that fall after the article's own date
-- (fairs, launches, deadlines), at day or month precision, and are not over by the end of the
-- week (the reader gets the digest after it); copies of one story announce an event once.
-- Returns a window of text around the date for the sentence.
-- params: week_start, week_end, context_chars, agenda_limit
-- (week_start, week_end: DATE, the end exclusive.)
WITH week_articles AS (
    SELECT article_id, url, title, source, story_id, text,
           coalesce(published_at, first_seen_at) AS dated_at
    FROM articles
    WHERE coalesce(published_at, first_seen_at) >= getvariable('week_start')
      AND coalesce(published_at, first_seen_at) < getvariable('week_end')
),

split_values AS (
    SELECT d.article_id, d.surface, d.value, d.start_char, d.end_char,
           split_part(d.value, '/', 1)             AS start_value,
           nullif(split_part(d.value, '/', 2), '') AS end_value
    FROM article_dates AS d
),

parsed AS (
    SELECT *,
           coalesce(try_cast(left(start_value, 10) AS DATE),
                    try_cast(start_value || '-01' AS DATE))          AS starts_on,
           try_cast(left(end_value, 10) AS DATE)                     AS ends_on,
           CASE WHEN length(start_value) >= 10 THEN 'day' ELSE 'month' END AS precision
    FROM split_values
    WHERE length(start_value) >= 7                      -- a bare year is too vague to schedule
)

SELECT p.starts_on, p.ends_on, p.precision, p.surface, p.value,
       w.url, w.title, w.source, w.dated_at,
       substr(w.text, greatest(p.start_char - getvariable('context_chars'), 0) + 1,
              least(p.start_char, getvariable('context_chars')) + (p.end_char - p.start_char) + getvariable('context_chars'))
           AS context,
       least(p.start_char, getvariable('context_chars')) AS context_offset,
       p.end_char - p.start_char          AS surface_length
FROM parsed AS p
JOIN week_articles AS w USING (article_id)
WHERE p.starts_on > w.dated_at::DATE
  AND CASE WHEN p.precision = 'month' THEN last_day(p.starts_on)
           ELSE coalesce(p.ends_on, p.starts_on) END >= getvariable('week_end')
QUALIFY row_number() OVER (PARTITION BY w.story_id, p.value ORDER BY w.dated_at, w.url) = 1
ORDER BY p.starts_on, w.dated_at, w.url
LIMIT getvariable('agenda_limit')
