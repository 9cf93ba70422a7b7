-- Simulates a migration written by a later release of the software.
create table from_the_future (id integer primary key);
