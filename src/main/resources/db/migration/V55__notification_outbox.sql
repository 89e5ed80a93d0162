-- The outbox of e-mails (see vn.laichau.thidua.notification.NotificationOutbox): a mail is recorded, rendered and
-- with its recipients, before it is handed to the SMTP server, and marked sent after. Its id makes the Message-ID,
-- so a mail handed over again after a crash between the hand-over and the mark is recognisably the same mail, and a
-- retried sending job sends the recorded mail instead of composing a new one.
create table notification_outbox (
  id                  varchar(255)   not null primary key,
  message_key         varchar(255)   not null,
  kind                varchar(40)    not null,
  process_instance_id varchar(64),
  business_key        varchar(255),
  -- RFC 822 address list, the recipients' names MIME-encoded
  recipients          varchar(10000) not null,
  subject             varchar(1000)  not null,
  body                varchar(100000) not null,
  html                varchar(200000) not null,
  created_at          timestamp      not null,
  sent_at             timestamp,
  attempts            integer        not null,
  constraint notification_outbox_message_key unique (message_key)
);

create index notification_outbox_process_instance on notification_outbox (process_instance_id);
create index notification_outbox_sent_at on notification_outbox (sent_at);

-- the mails sent before the outbox existed stay known as sent: a job retried after the upgrade does not send again
insert into notification_outbox (id, message_key, kind, process_instance_id, business_key, recipients, subject, body,
    html, created_at, sent_at, attempts)
  select message_key, message_key, kind, process_instance_id, business_key, recipients, subject, '', '', sent_at,
      sent_at, 1
  from notification_sent;

drop table notification_sent;

-- the sent-mail log as before, for the operations metrics and administrators' queries
create view notification_sent as
  select message_key, kind, process_instance_id, business_key, recipients, subject, sent_at
  from notification_outbox
  where sent_at is not null;
