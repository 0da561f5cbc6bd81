-- Only the weeks the loaders touched since the last refresh.
CREATE OR REPLACE TEMP TABLE rollup_scope AS
SELECT DISTINCT week FROM rollup_dirty_weeks;
