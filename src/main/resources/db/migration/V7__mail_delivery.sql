-- Delivery of the queued mails: a stable Message-ID per mail, attempts with back-off, and a
-- visible failed state after the last attempt.
alter table mail_outbox add column message_id varchar(200);
alter table mail_outbox add column status varchar(16) default 'PENDING' not null;
alter table mail_outbox add column attempts integer default 0 not null;
alter table mail_outbox add column next_attempt_at timestamp;
alter table mail_outbox add column last_error varchar(2000);
