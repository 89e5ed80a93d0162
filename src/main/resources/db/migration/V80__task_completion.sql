-- Who completed which user task, when, and with which values (vn.laichau.thidua.common.TaskCompletions): one row per
-- completion, written by the engine's history handler in the completing transaction, in place of the engine's
-- per-variable detail rows. Only the engine writes it; it is read through GET /api/task-completions and removed by
-- the engine's history cleanup once the instance's own history is removed.
create table task_completion (
  task_id                varchar(64)     not null primary key,
  process_instance_id    varchar(64)     not null,
  process_definition_key varchar(255),
  task_key               varchar(255),
  task_name              varchar(4000),
  -- the signed-in user who completed it; null when the engine's Java API completed it without one
  completed_by           varchar(255),
  assignee               varchar(255),
  completed_at           timestamp with time zone not null,
  -- the values given at this completion, as JSON: a file by name, type, size and SHA-256
  fields                 varchar(1000000) not null
);

create index task_completion_process_instance on task_completion (process_instance_id, completed_at);
