-- Scored yearly-report documents, keyed by content hash and scoring key
-- (rubric id + rubric file fingerprint + scoring method version): unchanged files are never re-scored.
create table if not exists scored_document (
    content_hash     varchar(64)   not null,
    scoring_key      varchar(160)  not null,
    format           varchar(8),
    pages            integer       not null,
    reject_reason    varchar(24),
    reject_detail    varchar(1000),
    text_partnership varchar(200),
    text_period      varchar(7),
    primary key (content_hash, scoring_key)
);

create table if not exists requirement_score (
    content_hash   varchar(64)  not null,
    scoring_key    varchar(160) not null,
    requirement_id varchar(40)  not null,
    rating         varchar(8)   not null,
    score          decimal(4,2) not null,
    needs_review   boolean      not null,
    primary key (content_hash, scoring_key, requirement_id),
    foreign key (content_hash, scoring_key) references scored_document (content_hash, scoring_key) on delete cascade
);

create table if not exists evidence (
    content_hash   varchar(64)   not null,
    scoring_key    varchar(160)  not null,
    requirement_id varchar(40)   not null,
    rank           integer       not null,
    page           integer       not null,
    quote          varchar(2000) not null,
    primary key (content_hash, scoring_key, requirement_id, rank),
    foreign key (content_hash, scoring_key) references scored_document (content_hash, scoring_key) on delete cascade
);
