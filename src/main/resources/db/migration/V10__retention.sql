-- Issue 8: retention. The anonymous figures of a case outlive its personal data and its
-- history, for the programme's reports; case_retention records what was removed when.
create table case_figures (
    reference         varchar(32)    primary key,
    responsible_office varchar(64),
    funding_source    varchar(8),
    project_year      integer,
    offer_type        varchar(32),
    municipalities    varchar(4000),
    requested_amount  numeric(12, 2),
    approved_amount   numeric(12, 2),
    actual_costs      numeric(12, 2),
    participants      integer,
    volunteers        integer,
    outcome           varchar(16),
    submitted_on      date,
    ended_on          date
);
create table case_retention (
    reference              varchar(32) primary key,
    personal_data_removed_at timestamp,
    history_removed_at     timestamp
);
