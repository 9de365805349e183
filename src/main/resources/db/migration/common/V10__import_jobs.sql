-- Background plan imports, kept in the database so that any node behind a load balancer can answer
-- GET /api/plans/import/{id}, whichever node runs the job. updated_at is the job's heartbeat: a job that
-- stops being updated without ending died with its node.
CREATE TABLE import_job (
    id              VARCHAR(36)     PRIMARY KEY,
    owner           VARCHAR(100)    NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at        TIMESTAMP WITH TIME ZONE,
    phase           VARCHAR(40)     NOT NULL,
    measures_stored INTEGER         NOT NULL,
    measures_total  INTEGER         NOT NULL,
    result_json     VARCHAR(1000000),
    problem_json    VARCHAR(1000000)
);
CREATE INDEX import_job_ended_idx ON import_job(ended_at);
