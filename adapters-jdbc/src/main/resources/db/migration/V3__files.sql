-- Files (evidence, archived reports) are stored in chunks of at most 256 KiB, so they are streamed in
-- and out without being held whole in memory, with the same DDL on H2 and PostgreSQL.
create table evidence_file (
  petition_id  varchar(64)  not null,
  evidence_id  varchar(100) not null,
  file_name    varchar(500) not null,
  content_type varchar(200) not null,
  size_bytes   bigint       not null,
  primary key (petition_id, evidence_id)
);
create table evidence_chunk (
  petition_id varchar(64)  not null,
  evidence_id varchar(100) not null,
  seq         integer      not null,
  bytes       bytea        not null,
  primary key (petition_id, evidence_id, seq)
);

create table report_archive (
  id           varchar(100) not null primary key,
  period_label varchar(100) not null,
  format       varchar(20)  not null,
  size_bytes   bigint       not null,
  created_ns   bigint       not null,
  created_by   varchar(200) not null
);
create index report_archive_created_ix on report_archive (created_ns);
create table report_chunk (
  report_id varchar(100) not null,
  seq       integer      not null,
  bytes     bytea        not null,
  primary key (report_id, seq)
);
