-- Who deployed each version of Flipside's processes, and from where: the engine keeps the deployment's time but not
-- who asked for it (its operation log is history, which history cleanup removes).
CREATE TABLE fs_process_deployment (
  deployment_id VARCHAR(64) PRIMARY KEY,
  name VARCHAR(255) NOT NULL,
  origin VARCHAR(20) NOT NULL,
  deployed_by VARCHAR(64),
  deployed_at TIMESTAMP NOT NULL
);
