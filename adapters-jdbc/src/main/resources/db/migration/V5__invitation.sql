-- One-time invitations to set a password: only the link's fingerprint is kept.
create table invitation (
  fingerprint varchar(128) primary key,
  account_id varchar(64) not null,
  expires_ns bigint not null
);
create index invitation_account on invitation (account_id);
