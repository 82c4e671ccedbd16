-- The review queue and the register read thousands of opinions at once. The policy on opinions
-- called app.answers_for(department_id) for every row, a security-definer function looking up the
-- caller's role and department each time: counting 5,000 opinions took 300 ms in the policy alone.
-- The same rule, with the caller's permissions and department looked up once per statement
-- (`(select …)`, as Supabase's RLS performance guide advises) and the checks that need no lookup
-- first. Who reads what does not change (tests/integration/opinions.test.ts).

drop policy "Departments read their own opinions, drafts too; deciders and the team's moderators submitted ones" on public.opinions;

create policy "Departments read their own opinions, drafts too; deciders and the team's moderators submitted ones" on public.opinions
  for select to authenticated
  using (
    (state = 'submitted' and (select app.can('opinions.decide')))
    or ((select app.can('opinions.submit')) and department_id = (select app.my_department()))
    or (state = 'submitted' and app.moderates_assumption(assumption_id))
  );

-- The queue is always one round's, oldest first: with many rounds' opinions in the table, its
-- page and its count read this index instead of every round's submitted opinions.
create index opinions_round_queue_idx on public.opinions (round_id, submitted_at, id) where state = 'submitted';
