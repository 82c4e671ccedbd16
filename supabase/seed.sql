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
