-- PostgreSQL only (db/vendor/{vendor}). Two indexes on Camunda's job table for the job
-- executor's acquisition query, which every node runs whenever it looks for work (README
-- "Benchmarks", timers). Camunda ships no index for either of its conditions:
-- * "due": DUEDATE_ is null or DUEDATE_ <= now. Every case waits with two or three timers that
--   fall due months or years ahead, so without an index each look for work reads the whole
--   table (10,000 waiting cases: about 20,000 jobs, 3 ms for finding none).
-- * "no other job of the same process instance in progress" (exclusive jobs): a NOT EXISTS over
--   the locked jobs, which the planner answered by reading the whole table again on every
--   acquisition. Only the few jobs being executed are locked, so a partial index holds just
--   those rows and costs nothing for the thousands of waiting timers.
-- Measured on a copy of the timer benchmark's database (10,000 waiting cases, 5,000 due, 16
-- locked): one acquisition 1.65 ms -> 0.2 ms, a look that finds nothing 2.7 ms -> 0.03 ms.
-- Named funding_idx_* so that no upgrade script of Camunda's (act_idx_*) can collide with them.
create index if not exists funding_idx_job_duedate on act_ru_job (duedate_);
create index if not exists funding_idx_job_locked on act_ru_job (process_instance_id_)
  where lock_owner_ is not null;
analyze act_ru_job;
