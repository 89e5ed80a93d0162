-- The e-mails handed to the SMTP server, one row per sending job of the engine (see
-- vn.laichau.thidua.notification.SentNotifications): a job retried after its mail went out finds its row and does
-- not send the mail a second time.
create table notification_sent (
  message_key         varchar(255)   not null primary key,
  kind                varchar(40)    not null,
  process_instance_id varchar(64),
  business_key        varchar(255),
  recipients          varchar(10000) not null,
  subject             varchar(1000)  not null,
  sent_at             timestamp      not null
);

create index notification_sent_process_instance on notification_sent (process_instance_id);
