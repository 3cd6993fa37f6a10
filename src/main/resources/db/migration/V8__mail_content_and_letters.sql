-- Issue 7: mails in HTML and plain text, with letters attached, one mail per event.
-- The HTML part of a mail (the plain-text part stays in "body").
alter table mail_outbox add column html_body varchar(200000);
-- A mail's Message-ID is derived from its event, so one event can never queue two mails.
create unique index ux_mail_outbox_message_id on mail_outbox (message_id);
create index ix_mail_outbox_reference on mail_outbox (reference, id);
-- Letters of a case are documents too; uploads and letters differ by their kind, and only
-- uploads count against the applicant's limits.
alter table case_document add column kind varchar(16) default 'UPLOAD' not null;
-- The documents a mail carries (a decision letter).
create table mail_attachment (
    mail_id     bigint not null references mail_outbox (id) on delete cascade,
    document_id bigint not null references case_document (id) on delete cascade,
    primary key (mail_id, document_id)
);
