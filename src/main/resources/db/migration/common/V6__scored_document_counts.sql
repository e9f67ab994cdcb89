-- How many requirement scores and evidence quotes a scored document has, so a document is only
-- taken as already scored when all of its rows are there: a run killed while saving one can leave
-- part of it behind in the embedded database. Rows saved before this have no counts and are scored again.
alter table scored_document add column if not exists requirement_count integer;
alter table scored_document add column if not exists evidence_count integer;
