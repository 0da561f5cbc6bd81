-- Inside a lake run, after `articles.sql`: note the batch's new articles (see run_rows_begin.sql).
INSERT INTO run_new_articles SELECT article_id FROM new_of_batch;
