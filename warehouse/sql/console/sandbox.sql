-- The analysts' console (`veille sql`): after the warehouse file is open read-only, nothing else.
-- enable_external_access=false refuses ATTACH of other files, COPY ... TO, read_text/read_csv of
-- any path, INSTALL/LOAD of extensions; lock_configuration=true keeps them from being switched back.
SET TimeZone = 'UTC';
SET enable_external_access = false;
SET lock_configuration = true;
