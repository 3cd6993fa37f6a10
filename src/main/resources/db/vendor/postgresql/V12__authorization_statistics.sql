-- PostgreSQL only (db/vendor/{vendor}). Statistics, not indexes, on Camunda's authorization
-- table, for the task queries with authorization checks that Tasklist sends (README
-- "Benchmarks"). Those queries filter the authorizations by "PERMS_ & ? = ?" (READ on a task,
-- READ_TASK on a process definition), for which the planner has no statistics: it guesses 0.5 %
-- and expects about 25 of a caseworker group's authorizations where there is one per open task
-- (5,000 at 50,000 open tasks), and then compares every task with every authorization (4.7 s
-- for one count). With statistics on these two expressions it estimates them right and looks
-- each task's authorizations up by index instead. They take effect with custom plans, which the
-- postgres profile asks for (plan_cache_mode, application-postgres.yaml).
create statistics if not exists act_stx_auth_perm_read on (perms_ & 2) from act_ru_authorization;
create statistics if not exists act_stx_auth_perm_read_task on (perms_ & 64) from act_ru_authorization;
analyze act_ru_authorization;
