-- The outbox becomes the queue of the mail dispatcher (vn.laichau.thidua.notification.NotificationDispatcher): a
-- sending task records its mail in the engine's own transaction, and the dispatcher of any node claims the rows that
-- are due, sends them and marks them sent. A row is, in turn: due (due_at set, not claimed or its lease run out),
-- claimed by one node until claimed_until, sent (sent_at), or given up after the configured attempts (failed_at,
-- with the last error): the administrators' list of failed mails.
alter table notification_outbox add column due_at timestamp;
alter table notification_outbox add column claimed_by varchar(255);
alter table notification_outbox add column claimed_until timestamp;
alter table notification_outbox add column failed_at timestamp;
alter table notification_outbox add column last_error varchar(4000);
-- an administrator's "retry" grants attempts beyond the configured ones
alter table notification_outbox add column max_attempts integer;
-- who could not be reached (no address, an empty group, no council member), one Vietnamese line each
alter table notification_outbox add column warnings varchar(10000);

-- mails recorded by the former sending jobs and not yet sent are due now: the dispatcher takes them over (their jobs,
-- if any still run on an old model, find the record and leave the sending to the dispatcher)
update notification_outbox set due_at = created_at where sent_at is null;

create index notification_outbox_due on notification_outbox (due_at);
create index notification_outbox_failed on notification_outbox (failed_at);
