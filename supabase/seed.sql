-- Demo data from the domain document: the summary of the second round of consultation meetings
-- on Kraków's multi-year programme of cooperation with NGOs for 2012-2014 (published 2011).
-- Applied once, on the first start of an empty database (and by `supabase db reset`).

insert into public.departments (id, kind, name, short_name) values
  ('10000000-0000-4000-8000-000000000001', 'coordinating', 'Wydział Spraw Społecznych', 'WSS'),
  ('10000000-0000-4000-8000-000000000002', 'city_department', 'Wydział Sportu', 'WS'),
  ('10000000-0000-4000-8000-000000000003', 'city_department', 'Wydział Kultury i Dziedzictwa Narodowego', 'WKiDN'),
  ('10000000-0000-4000-8000-000000000004', 'city_department', 'Wydział Edukacji', 'WE'),
  ('10000000-0000-4000-8000-000000000005', 'city_department', 'Wydział Kształtowania Środowiska', 'WKŚ'),
  ('10000000-0000-4000-8000-000000000006', 'city_department', 'Wydział Promocji i Turystyki', 'WPiT'),
  ('10000000-0000-4000-8000-000000000007', 'municipal_unit', 'Zarząd Infrastruktury Komunalnej i Transportu', 'ZIKiT'),
  ('10000000-0000-4000-8000-000000000008', 'municipal_unit', 'Miejski Ośrodek Pomocy Społecznej w Krakowie', 'MOPS');

-- One user per role. They sign in with the demo accounts in local and demo mode.
insert into public.profiles (id, email, full_name, role, department_id) values
  ('20000000-0000-4000-8000-000000000001', 'koordynator@tura.example', 'Anna Nowak', 'coordinator', '10000000-0000-4000-8000-000000000001'),
  ('20000000-0000-4000-8000-000000000002', 'wydzial.sportu@tura.example', 'Piotr Wiśniewski', 'department', '10000000-0000-4000-8000-000000000002'),
  ('20000000-0000-4000-8000-000000000003', 'moderator@tura.example', 'Katarzyna Zielińska', 'moderator', null);

insert into public.programmes (id, title, year_from, year_to) values
  ('30000000-0000-4000-8000-000000000001',
   'Wieloletni Program Współpracy Gminy Miejskiej Kraków z organizacjami pozarządowymi na lata 2012–2014',
   2012, 2014);

insert into public.rounds (id, programme_id, number, title, status, starts_on, ends_on, is_public) values
  ('40000000-0000-4000-8000-000000000002', '30000000-0000-4000-8000-000000000001', 2,
   'II tura spotkań branżowych', 'consultation', '2011-10-11', '2011-11-30', true);

-- The sector teams of the programme, as the 2011 summary names them.
insert into public.sector_teams (id, programme_id, name, sort_order) values
  ('50000000-0000-4000-8000-000000000001', '30000000-0000-4000-8000-000000000001', 'Zespół ds. rekreacji, sportu i turystyki', 1),
  ('50000000-0000-4000-8000-000000000002', '30000000-0000-4000-8000-000000000001', 'Zespół ds. zdrowia i osób niepełnosprawnych', 2),
  ('50000000-0000-4000-8000-000000000003', '30000000-0000-4000-8000-000000000001', 'Zespół ds. wykluczenia', 3),
  ('50000000-0000-4000-8000-000000000004', '30000000-0000-4000-8000-000000000001', 'Zespół ds. kultury', 4),
  ('50000000-0000-4000-8000-000000000005', '30000000-0000-4000-8000-000000000001', 'Zespół ds. ochrony środowiska', 5),
  ('50000000-0000-4000-8000-000000000006', '30000000-0000-4000-8000-000000000001', 'Zespół ds. edukacji', 6),
  ('50000000-0000-4000-8000-000000000007', '30000000-0000-4000-8000-000000000001', 'Zespół ds. społeczeństwa obywatelskiego', 7),
  ('50000000-0000-4000-8000-000000000008', '30000000-0000-4000-8000-000000000001', 'Zespół ds. rozwoju gospodarczego', 8);

-- Moderators come from the NGOs. The demo moderator leads two teams; the economic development
-- team's moderator resigned, and nobody has replaced them: the team is vacant.
insert into public.profiles (id, email, full_name, role) values
  ('20000000-0000-4000-8000-000000000011', 'tomasz.wojcik@ngo.example', 'Tomasz Wójcik', 'moderator'),
  ('20000000-0000-4000-8000-000000000012', 'magdalena.kaminska@ngo.example', 'Magdalena Kamińska', 'moderator'),
  ('20000000-0000-4000-8000-000000000013', 'pawel.lewandowski@ngo.example', 'Paweł Lewandowski', 'moderator'),
  ('20000000-0000-4000-8000-000000000014', 'agnieszka.dabrowska@ngo.example', 'Agnieszka Dąbrowska', 'moderator'),
  ('20000000-0000-4000-8000-000000000015', 'michal.kozlowski@ngo.example', 'Michał Kozłowski', 'moderator'),
  ('20000000-0000-4000-8000-000000000016', 'jan.mazur@ngo.example', 'Jan Mazur', 'moderator');

insert into public.team_moderators (team_id, profile_id, starts_on, ends_on, end_reason) values
  ('50000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000011', '2011-05-10', null, null),
  ('50000000-0000-4000-8000-000000000002', '20000000-0000-4000-8000-000000000012', '2011-05-10', null, null),
  ('50000000-0000-4000-8000-000000000003', '20000000-0000-4000-8000-000000000013', '2011-05-10', null, null),
  ('50000000-0000-4000-8000-000000000004', '20000000-0000-4000-8000-000000000003', '2011-05-10', null, null),
  ('50000000-0000-4000-8000-000000000005', '20000000-0000-4000-8000-000000000014', '2011-05-10', null, null),
  ('50000000-0000-4000-8000-000000000006', '20000000-0000-4000-8000-000000000003', '2011-05-10', null, null),
  ('50000000-0000-4000-8000-000000000007', '20000000-0000-4000-8000-000000000015', '2011-05-10', null, null),
  ('50000000-0000-4000-8000-000000000008', '20000000-0000-4000-8000-000000000016', '2011-05-10', '2011-09-15', 'resigned');

insert into public.venues (id, name, address) values
  ('60000000-0000-4000-8000-000000000001', 'MOWIS', 'os. Centrum C 10, 31-931 Kraków'),
  ('60000000-0000-4000-8000-000000000002', 'Śródmiejski Ośrodek Kultury', 'ul. Mikołajska 2, Kraków');

insert into public.venue_rooms (id, venue_id, name) values
  ('61000000-0000-4000-8000-000000000006', '60000000-0000-4000-8000-000000000001', '6'),
  ('61000000-0000-4000-8000-000000000102', '60000000-0000-4000-8000-000000000001', '102'),
  ('61000000-0000-4000-8000-000000000103', '60000000-0000-4000-8000-000000000001', '103');

insert into public.round_departments (round_id, department_id)
select '40000000-0000-4000-8000-000000000002', id from public.departments where kind <> 'coordinating';

-- The schedule of the second round, as issued "stan na 31.10.2011 r.".
insert into public.meetings (round_id, team_id, scope, venue_id, room_id, starts_at, ends_at) values
  ('40000000-0000-4000-8000-000000000002', '50000000-0000-4000-8000-000000000001', 'w zakresie rekreacji i sportu', '60000000-0000-4000-8000-000000000001', '61000000-0000-4000-8000-000000000103', '2011-10-11 14:00 Europe/Warsaw', '2011-10-11 16:00 Europe/Warsaw'),
  ('40000000-0000-4000-8000-000000000002', '50000000-0000-4000-8000-000000000002', null, '60000000-0000-4000-8000-000000000001', '61000000-0000-4000-8000-000000000006', '2011-10-17 14:00 Europe/Warsaw', '2011-10-17 16:00 Europe/Warsaw'),
  ('40000000-0000-4000-8000-000000000002', '50000000-0000-4000-8000-000000000003', null, '60000000-0000-4000-8000-000000000001', '61000000-0000-4000-8000-000000000103', '2011-10-18 15:00 Europe/Warsaw', '2011-10-18 17:00 Europe/Warsaw'),
  ('40000000-0000-4000-8000-000000000002', '50000000-0000-4000-8000-000000000004', null, '60000000-0000-4000-8000-000000000002', null, '2011-10-19 15:00 Europe/Warsaw', '2011-10-19 17:00 Europe/Warsaw'),
  ('40000000-0000-4000-8000-000000000002', '50000000-0000-4000-8000-000000000005', null, '60000000-0000-4000-8000-000000000001', '61000000-0000-4000-8000-000000000103', '2011-10-20 17:00 Europe/Warsaw', '2011-10-20 19:00 Europe/Warsaw'),
  ('40000000-0000-4000-8000-000000000002', '50000000-0000-4000-8000-000000000006', null, '60000000-0000-4000-8000-000000000001', '61000000-0000-4000-8000-000000000103', '2011-10-24 14:00 Europe/Warsaw', '2011-10-24 16:00 Europe/Warsaw'),
  ('40000000-0000-4000-8000-000000000002', '50000000-0000-4000-8000-000000000001', 'w zakresie turystyki', '60000000-0000-4000-8000-000000000001', '61000000-0000-4000-8000-000000000102', '2011-10-24 14:00 Europe/Warsaw', '2011-10-24 16:00 Europe/Warsaw'),
  ('40000000-0000-4000-8000-000000000002', '50000000-0000-4000-8000-000000000007', null, '60000000-0000-4000-8000-000000000001', '61000000-0000-4000-8000-000000000103', '2011-11-02 16:00 Europe/Warsaw', '2011-11-02 18:00 Europe/Warsaw');

insert into public.schedule_versions (round_id, number, as_of, issued_at, issued_by, meetings)
values ('40000000-0000-4000-8000-000000000002', 1, '2011-10-31', '2011-10-31 12:00 Europe/Warsaw',
        '20000000-0000-4000-8000-000000000001', app.schedule_snapshot('40000000-0000-4000-8000-000000000002'));
