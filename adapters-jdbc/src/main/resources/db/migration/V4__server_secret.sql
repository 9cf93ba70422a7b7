-- Secrets every server instance must share (the token signing key), created once by whichever instance starts first.
create table server_secret (
  name varchar(64) primary key,
  secret_value varchar(200) not null
);
