-- One counter row per year for the application references SI-<year>-<sequence>.
create table reference_counter (
    counter_year integer not null primary key,
    last_value   bigint  not null
);
