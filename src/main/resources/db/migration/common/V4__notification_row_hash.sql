-- Content hash of each stored notification row, so an ingest can tell new, changed and unchanged rows apart.
alter table notification add column if not exists row_hash varchar(64);
alter table ingest_file add column if not exists rows_new integer default 0 not null;
alter table ingest_file add column if not exists rows_changed integer default 0 not null;
alter table ingest_file add column if not exists rows_unchanged integer default 0 not null;
