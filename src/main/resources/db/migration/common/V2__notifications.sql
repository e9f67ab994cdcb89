-- Serious incident notifications: one row per child, upserted by (notification_id, child_ref).
-- Only canonical columns are stored; names, dates of birth and case outlines never reach here.
create table if not exists notification (
    notification_id                varchar(64)  not null,
    child_ref                      varchar(64)  not null,
    partnership_code               varchar(40),
    incident_date                  date,
    la_aware_date                  date,
    notified_date                  date,
    incident_type                  varchar(16),
    harm_category                  varchar(40),
    child_age_years                integer,
    gender                         varchar(16),
    ethnicity                      varchar(16),
    rapid_review_submitted_date    date,
    lcspr_decision                 varchar(8),
    lcspr_decision_date            date,
    lcspr_sent_to_panel_date       date,
    lcspr_published_date           date,
    domestic_abuse                 boolean,
    parental_mental_health         boolean,
    parental_alcohol_misuse        boolean,
    parental_drug_misuse           boolean,
    neglect                        boolean,
    known_to_childrens_social_care boolean,
    source_file                    varchar(500) not null,
    source_sheet                   varchar(100) not null,
    source_row                     integer      not null,
    source_run                     bigint       not null,
    primary key (notification_id, child_ref)
);

-- What each ingest run found, row by row (values only as digests) and per file.
create table if not exists ingest_finding (
    run_id         bigint        not null,
    file           varchar(500)  not null,
    sheet          varchar(100)  not null,
    row_number     integer       not null,
    column_name    varchar(60)   not null,
    value_digest   varchar(16)   not null,
    rule           varchar(40)   not null,
    hard           boolean       not null,
    message        varchar(300)  not null
);
create index if not exists ingest_finding_run on ingest_finding (run_id);

create table if not exists ingest_file (
    run_id         bigint        not null,
    file           varchar(500)  not null,
    sheet          varchar(100)  not null,
    rows_read      integer       not null,
    rows_loaded    integer       not null,
    rows_rejected  integer       not null,
    rows_warned    integer       not null,
    primary key (run_id, file, sheet)
);
