-- When the practice erased a client's personal data at their request: the account stays as a pseudonym that
-- kept clinical records point to, with no name, address or password.
alter table accounts add column erased_at timestamptz;
