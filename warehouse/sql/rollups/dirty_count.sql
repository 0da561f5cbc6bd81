SELECT count(*) FROM rollup_dirty_weeks;
