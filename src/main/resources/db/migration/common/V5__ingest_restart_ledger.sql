-- Every migration is written to run again safely (IF [NOT] EXISTS): the embedded database makes each
-- DDL statement its own commit, so a run killed during set-up leaves part of a migration behind.
--
-- Restart after a kill: every stored row and finding carries the position (0-based item) of the
-- spreadsheet row it came from, and counts are kept per chunk, so a restarted ingest can forget
-- whatever the interrupted chunk left behind (the embedded database can keep part of a transaction
-- that never committed) and read that chunk again.
create table if not exists ingest_count (
    run_id         bigint        not null,
    first_item     bigint        not null,
    file           varchar(500)  not null,
    sheet          varchar(100)  not null,
    rows_read      integer       not null,
    rows_loaded    integer       not null,
    rows_rejected  integer       not null,
    rows_warned    integer       not null,
    rows_new       integer       not null,
    rows_changed   integer       not null,
    rows_unchanged integer       not null,
    primary key (run_id, first_item, file, sheet)
);
alter table notification add column if not exists source_item bigint;
-- The row's hash before the run that last loaded it (null: the run added it).
alter table notification add column if not exists previous_hash varchar(64);
alter table ingest_finding add column if not exists item bigint;
drop table if exists ingest_file;
