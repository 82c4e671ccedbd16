-- A round whose summary is published: its own status, between summarising and closed. (A new
-- enum value cannot be used in the transaction that adds it, hence a migration of its own.)
alter type public.round_status add value 'published' before 'closed';
