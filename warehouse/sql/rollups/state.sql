SELECT fingerprint FROM rollup_state;
