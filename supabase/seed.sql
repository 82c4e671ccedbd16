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
-- team's moderator resigned on 15 September 2011, and nobody has replaced them: the team is
-- vacant, and its meeting of the second round was not held for want of a moderator.
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
insert into public.meetings (id, round_id, team_id, scope, venue_id, room_id, starts_at, ends_at) values
  ('62000000-0000-4000-8000-000000000001', '40000000-0000-4000-8000-000000000002', '50000000-0000-4000-8000-000000000001', 'w zakresie rekreacji i sportu', '60000000-0000-4000-8000-000000000001', '61000000-0000-4000-8000-000000000103', '2011-10-11 14:00 Europe/Warsaw', '2011-10-11 16:00 Europe/Warsaw'),
  ('62000000-0000-4000-8000-000000000002', '40000000-0000-4000-8000-000000000002', '50000000-0000-4000-8000-000000000002', null, '60000000-0000-4000-8000-000000000001', '61000000-0000-4000-8000-000000000006', '2011-10-17 14:00 Europe/Warsaw', '2011-10-17 16:00 Europe/Warsaw'),
  ('62000000-0000-4000-8000-000000000003', '40000000-0000-4000-8000-000000000002', '50000000-0000-4000-8000-000000000003', null, '60000000-0000-4000-8000-000000000001', '61000000-0000-4000-8000-000000000103', '2011-10-18 15:00 Europe/Warsaw', '2011-10-18 17:00 Europe/Warsaw'),
  ('62000000-0000-4000-8000-000000000004', '40000000-0000-4000-8000-000000000002', '50000000-0000-4000-8000-000000000004', null, '60000000-0000-4000-8000-000000000002', null, '2011-10-19 15:00 Europe/Warsaw', '2011-10-19 17:00 Europe/Warsaw'),
  ('62000000-0000-4000-8000-000000000005', '40000000-0000-4000-8000-000000000002', '50000000-0000-4000-8000-000000000005', null, '60000000-0000-4000-8000-000000000001', '61000000-0000-4000-8000-000000000103', '2011-10-20 17:00 Europe/Warsaw', '2011-10-20 19:00 Europe/Warsaw'),
  ('62000000-0000-4000-8000-000000000006', '40000000-0000-4000-8000-000000000002', '50000000-0000-4000-8000-000000000006', null, '60000000-0000-4000-8000-000000000001', '61000000-0000-4000-8000-000000000103', '2011-10-24 14:00 Europe/Warsaw', '2011-10-24 16:00 Europe/Warsaw'),
  ('62000000-0000-4000-8000-000000000007', '40000000-0000-4000-8000-000000000002', '50000000-0000-4000-8000-000000000001', 'w zakresie turystyki', '60000000-0000-4000-8000-000000000001', '61000000-0000-4000-8000-000000000102', '2011-10-24 14:00 Europe/Warsaw', '2011-10-24 16:00 Europe/Warsaw'),
  ('62000000-0000-4000-8000-000000000009', '40000000-0000-4000-8000-000000000002', '50000000-0000-4000-8000-000000000007', null, '60000000-0000-4000-8000-000000000001', '61000000-0000-4000-8000-000000000103', '2011-11-02 16:00 Europe/Warsaw', '2011-11-02 18:00 Europe/Warsaw');

insert into public.schedule_versions (round_id, number, as_of, issued_at, issued_by, meetings)
values ('40000000-0000-4000-8000-000000000002', 1, '2011-10-31', '2011-10-31 12:00 Europe/Warsaw',
        '20000000-0000-4000-8000-000000000001', app.schedule_snapshot('40000000-0000-4000-8000-000000000002'));

-- The economic development team's meeting, planned besides the issued schedule (the team had no
-- moderator to agree a date with): the summary says it was the one meeting not held.
insert into public.meetings (id, round_id, team_id, scope, venue_id, room_id, starts_at, ends_at, change_reason) values
  ('62000000-0000-4000-8000-000000000008', '40000000-0000-4000-8000-000000000002', '50000000-0000-4000-8000-000000000008', null, '60000000-0000-4000-8000-000000000001', '61000000-0000-4000-8000-000000000006', '2011-10-26 16:00 Europe/Warsaw', '2011-10-26 18:00 Europe/Warsaw',
   'Termin wyznaczony po rezygnacji moderatora zespołu; spotkanie czeka na nowego moderatora.');

-- Assumptions of the programme, worked out by the sector teams (the document names none: these
-- follow Kraków's programmes of cooperation), all open for opinions, and the departments' opinions
-- on them in every state: drafts, submitted, decided, late, not yet answered.
insert into public.assumptions (id, programme_id, team_id, kind, number, status, opened_at) values
  ('70000000-0000-4000-8000-000000000001', '30000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000007', 'systemic', 1, 'open', '2011-10-03 10:00 Europe/Warsaw'),
  ('70000000-0000-4000-8000-000000000002', '30000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000007', 'systemic', 2, 'open', '2011-10-03 10:00 Europe/Warsaw'),
  ('70000000-0000-4000-8000-000000000003', '30000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000007', 'systemic', 3, 'open', '2011-10-03 10:00 Europe/Warsaw'),
  ('70000000-0000-4000-8000-000000000011', '30000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000001', 'substantive', 1, 'open', '2011-10-12 10:00 Europe/Warsaw'),
  ('70000000-0000-4000-8000-000000000012', '30000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000002', 'substantive', 2, 'open', '2011-10-18 10:00 Europe/Warsaw'),
  ('70000000-0000-4000-8000-000000000013', '30000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000003', 'substantive', 3, 'open', '2011-10-19 10:00 Europe/Warsaw'),
  ('70000000-0000-4000-8000-000000000014', '30000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000004', 'substantive', 4, 'open', '2011-10-20 10:00 Europe/Warsaw'),
  ('70000000-0000-4000-8000-000000000015', '30000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000005', 'substantive', 5, 'open', '2011-10-21 10:00 Europe/Warsaw'),
  ('70000000-0000-4000-8000-000000000016', '30000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000006', 'substantive', 6, 'open', '2011-10-25 10:00 Europe/Warsaw');
insert into public.assumptions (id, programme_id, team_id, kind, number) values
  ('70000000-0000-4000-8000-000000000017', '30000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000004', 'substantive', 7);

insert into public.assumption_revisions (id, assumption_id, revision, title, body, created_by) values
  ('71000000-0000-4000-8000-000000000001', '70000000-0000-4000-8000-000000000001', 1, 'Zasady współpracy',
   'Współpraca Gminy Miejskiej Kraków z organizacjami pozarządowymi opiera się na zasadach pomocniczości, suwerenności stron, partnerstwa, efektywności, uczciwej konkurencji i jawności.', '20000000-0000-4000-8000-000000000015'),
  ('71000000-0000-4000-8000-000000000002', '70000000-0000-4000-8000-000000000002', 1, 'Otwarte konkursy ofert',
   'Zadania publiczne zleca się organizacjom w otwartych konkursach ofert, ogłaszanych do końca lutego, z jawnym składem komisji konkursowych, w których zasiadają przedstawiciele organizacji.', '20000000-0000-4000-8000-000000000015'),
  ('71000000-0000-4000-8000-000000000003', '70000000-0000-4000-8000-000000000003', 1, 'Umowy wieloletnie',
   'Zadania o charakterze ciągłym zleca się na podstawie umów wieloletnich, zawieranych na okres do trzech lat.', '20000000-0000-4000-8000-000000000015'),
  ('71000000-0000-4000-8000-000000000004', '70000000-0000-4000-8000-000000000003', 2, 'Umowy wieloletnie',
   'Zadania o charakterze ciągłym, w szczególności z zakresu pomocy społecznej i ochrony zdrowia, zleca się na podstawie umów wieloletnich, zawieranych na okres do pięciu lat.', '20000000-0000-4000-8000-000000000001'),
  ('71000000-0000-4000-8000-000000000011', '70000000-0000-4000-8000-000000000011', 1, 'Sport dzieci i młodzieży',
   'Priorytetem jest upowszechnianie sportu wśród dzieci i młodzieży: zajęcia pozalekcyjne, obozy sportowe i udział w rozgrywkach prowadzonych przez kluby i stowarzyszenia.', '20000000-0000-4000-8000-000000000011'),
  ('71000000-0000-4000-8000-000000000012', '70000000-0000-4000-8000-000000000012', 1, 'Rehabilitacja i dostępność',
   'Wspiera się rehabilitację osób niepełnosprawnych i likwidację barier architektonicznych w miejscach, w których organizacje prowadzą zajęcia.', '20000000-0000-4000-8000-000000000012'),
  ('71000000-0000-4000-8000-000000000013', '70000000-0000-4000-8000-000000000013', 1, 'Przeciwdziałanie bezdomności',
   'Rozwija się streetworking, noclegownie i mieszkania treningowe prowadzone przez organizacje, we współpracy z Miejskim Ośrodkiem Pomocy Społecznej.', '20000000-0000-4000-8000-000000000013'),
  ('71000000-0000-4000-8000-000000000014', '70000000-0000-4000-8000-000000000014', 1, 'Festiwale i projekty organizacji',
   'Wspiera się festiwale, przeglądy i projekty artystyczne organizowane przez organizacje pozarządowe, w szczególności w dzielnicach poza centrum.', '20000000-0000-4000-8000-000000000003'),
  ('71000000-0000-4000-8000-000000000015', '70000000-0000-4000-8000-000000000015', 1, 'Edukacja ekologiczna i tereny zielone',
   'Wspiera się edukację ekologiczną dzieci i dorosłych oraz społeczną opiekę nad terenami zielonymi.', '20000000-0000-4000-8000-000000000014'),
  ('71000000-0000-4000-8000-000000000016', '70000000-0000-4000-8000-000000000016', 1, 'Zajęcia pozalekcyjne',
   'Wspiera się zajęcia pozalekcyjne rozwijające zainteresowania uczniów, prowadzone przez organizacje w szkołach i poza nimi.', '20000000-0000-4000-8000-000000000003'),
  ('71000000-0000-4000-8000-000000000017', '70000000-0000-4000-8000-000000000017', 1, 'Kultura w dzielnicach',
   'Projekt: domy kultury otwierają sale dla organizacji w godzinach popołudniowych.', '20000000-0000-4000-8000-000000000003');
update public.assumptions set current_revision = 2 where id = '70000000-0000-4000-8000-000000000003';

-- The coordinator asked the departments taking part in round 2; deadlines follow today's date, so
-- that the demo always shows what is due, what is overdue and what was answered late.
insert into public.opinion_requests (id, round_id, department_id, assumption_id, revision_id, deadline, requested_by, reminded_at, replaced_by) values
  -- Wydział Sportu
  ('72000000-0000-4000-8000-000000000001', '40000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000002', '70000000-0000-4000-8000-000000000011', '71000000-0000-4000-8000-000000000011', app.warsaw_today() - 10, '20000000-0000-4000-8000-000000000001', now() - interval '13 days', null),
  ('72000000-0000-4000-8000-000000000002', '40000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000002', '70000000-0000-4000-8000-000000000001', '71000000-0000-4000-8000-000000000001', app.warsaw_today() + 14, '20000000-0000-4000-8000-000000000001', null, null),
  ('72000000-0000-4000-8000-000000000003', '40000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000002', '70000000-0000-4000-8000-000000000002', '71000000-0000-4000-8000-000000000002', app.warsaw_today() + 14, '20000000-0000-4000-8000-000000000001', null, null),
  ('72000000-0000-4000-8000-000000000004', '40000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000002', '70000000-0000-4000-8000-000000000016', '71000000-0000-4000-8000-000000000016', app.warsaw_today() + 3, '20000000-0000-4000-8000-000000000001', null, null),
  -- ZIKiT
  ('72000000-0000-4000-8000-000000000011', '40000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000007', '70000000-0000-4000-8000-000000000012', '71000000-0000-4000-8000-000000000012', app.warsaw_today() - 10, '20000000-0000-4000-8000-000000000001', now() - interval '13 days', null),
  ('72000000-0000-4000-8000-000000000012', '40000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000007', '70000000-0000-4000-8000-000000000015', '71000000-0000-4000-8000-000000000015', app.warsaw_today() - 10, '20000000-0000-4000-8000-000000000001', now() - interval '13 days', null),
  ('72000000-0000-4000-8000-000000000013', '40000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000007', '70000000-0000-4000-8000-000000000002', '71000000-0000-4000-8000-000000000002', app.warsaw_today() + 14, '20000000-0000-4000-8000-000000000001', null, null),
  -- MOPS
  ('72000000-0000-4000-8000-000000000021', '40000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000008', '70000000-0000-4000-8000-000000000013', '71000000-0000-4000-8000-000000000013', app.warsaw_today() - 10, '20000000-0000-4000-8000-000000000001', now() - interval '13 days', null),
  ('72000000-0000-4000-8000-000000000022', '40000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000008', '70000000-0000-4000-8000-000000000003', '71000000-0000-4000-8000-000000000003', app.warsaw_today() - 10, '20000000-0000-4000-8000-000000000001', now() - interval '13 days', null),
  ('72000000-0000-4000-8000-000000000023', '40000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000008', '70000000-0000-4000-8000-000000000003', '71000000-0000-4000-8000-000000000004', app.warsaw_today() + 7, '20000000-0000-4000-8000-000000000001', null, null),
  -- Wydział Kultury i Dziedzictwa Narodowego, Wydział Edukacji, Wydział Kształtowania Środowiska
  ('72000000-0000-4000-8000-000000000031', '40000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000003', '70000000-0000-4000-8000-000000000014', '71000000-0000-4000-8000-000000000014', app.warsaw_today() - 10, '20000000-0000-4000-8000-000000000001', now() - interval '13 days', null),
  ('72000000-0000-4000-8000-000000000041', '40000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000004', '70000000-0000-4000-8000-000000000016', '71000000-0000-4000-8000-000000000016', app.warsaw_today() - 10, '20000000-0000-4000-8000-000000000001', now() - interval '13 days', null),
  ('72000000-0000-4000-8000-000000000051', '40000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000005', '70000000-0000-4000-8000-000000000015', '71000000-0000-4000-8000-000000000015', app.warsaw_today() - 10, '20000000-0000-4000-8000-000000000001', now() - interval '13 days', null);
-- MOPS answered the first text of the multi-year agreements and was asked again about the second.
update public.opinion_requests set replaced_by = '72000000-0000-4000-8000-000000000023' where id = '72000000-0000-4000-8000-000000000022';

insert into public.opinions (id, request_id, round_id, department_id, assumption_id, revision_id, state, stance, justification, proposed_wording, version, updated_by, submitted_at, submitted_by, late, outcome, decided_at) values
  -- Wydział Sportu: sport of children decided (partially accepted), a draft on the principles, the open calls not started.
  ('73000000-0000-4000-8000-000000000001', '72000000-0000-4000-8000-000000000001', '40000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000002', '70000000-0000-4000-8000-000000000011', '71000000-0000-4000-8000-000000000011', 'submitted', 'supports_with_changes',
   'Wydział popiera priorytet; obozy sportowe finansujemy w odrębnym programie „Aktywne wakacje”, więc nie powinny być priorytetem tego programu.', 'Priorytetem jest upowszechnianie sportu wśród dzieci i młodzieży: zajęcia pozalekcyjne i udział w rozgrywkach prowadzonych przez kluby i stowarzyszenia.', 3, '20000000-0000-4000-8000-000000000002', now() - interval '12 days', '20000000-0000-4000-8000-000000000002', false, 'partially_accepted', now() - interval '8 days'),
  ('73000000-0000-4000-8000-000000000002', '72000000-0000-4000-8000-000000000002', '40000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000002', '70000000-0000-4000-8000-000000000001', '71000000-0000-4000-8000-000000000001', 'draft', 'supports',
   '', '', 2, '20000000-0000-4000-8000-000000000002', null, null, false, null, null),
  -- ZIKiT: accessibility submitted late, awaiting a decision; green areas rejected.
  ('73000000-0000-4000-8000-000000000011', '72000000-0000-4000-8000-000000000011', '40000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000007', '70000000-0000-4000-8000-000000000012', '71000000-0000-4000-8000-000000000012', 'submitted', 'objects',
   'Likwidacja barier w budynkach, z których korzystają organizacje, należy do zarządców tych budynków, nie do programu współpracy; ZIKiT odpowiada za przestrzeń publiczną.', '', 2, null, now() - interval '3 days', null, true, null, null),
  ('73000000-0000-4000-8000-000000000012', '72000000-0000-4000-8000-000000000012', '40000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000007', '70000000-0000-4000-8000-000000000015', '71000000-0000-4000-8000-000000000015', 'submitted', 'objects',
   'Społeczna opieka nad zielenią wymaga umów z zarządcą terenu; proponujemy ograniczyć zapis do edukacji ekologicznej.', 'Wspiera się edukację ekologiczną dzieci i dorosłych.', 2, null, now() - interval '11 days', null, false, 'rejected', now() - interval '6 days'),
  -- MOPS: homelessness accepted; the first text of multi-year agreements answered, asked again about the second.
  ('73000000-0000-4000-8000-000000000021', '72000000-0000-4000-8000-000000000021', '40000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000008', '70000000-0000-4000-8000-000000000013', '71000000-0000-4000-8000-000000000013', 'submitted', 'supports',
   'Zapis odpowiada Miejskiemu Programowi Przeciwdziałania Bezdomności.', '', 2, null, now() - interval '12 days', null, false, 'accepted', now() - interval '9 days'),
  ('73000000-0000-4000-8000-000000000022', '72000000-0000-4000-8000-000000000022', '40000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000008', '70000000-0000-4000-8000-000000000003', '71000000-0000-4000-8000-000000000003', 'submitted', 'supports_with_changes',
   'Trzy lata to za krótko dla usług opiekuńczych; proponujemy pięć lat dla pomocy społecznej i ochrony zdrowia.', 'Zadania o charakterze ciągłym, w szczególności z zakresu pomocy społecznej i ochrony zdrowia, zleca się na podstawie umów wieloletnich, zawieranych na okres do pięciu lat.', 2, null, now() - interval '12 days', null, false, 'accepted', now() - interval '9 days'),
  -- Wydział Kultury: festivals awaiting a decision; Wydział Edukacji: no remarks, accepted.
  ('73000000-0000-4000-8000-000000000031', '72000000-0000-4000-8000-000000000031', '40000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000003', '70000000-0000-4000-8000-000000000014', '71000000-0000-4000-8000-000000000014', 'submitted', 'supports',
   '', '', 2, null, now() - interval '11 days', null, false, null, null),
  ('73000000-0000-4000-8000-000000000041', '72000000-0000-4000-8000-000000000041', '40000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000004', '70000000-0000-4000-8000-000000000016', '71000000-0000-4000-8000-000000000016', 'submitted', 'no_remarks',
   '', '', 2, null, now() - interval '12 days', null, false, 'accepted', now() - interval '9 days');

insert into public.opinion_decisions (opinion_id, outcome, justification, decided_by, decided_at) values
  ('73000000-0000-4000-8000-000000000001', 'partially_accepted', 'Obozy pozostają w priorytecie dla dzieci z rodzin w trudnej sytuacji; pozostałe uwagi uwzględniono.', '20000000-0000-4000-8000-000000000001', now() - interval '8 days'),
  ('73000000-0000-4000-8000-000000000012', 'rejected', 'Opieka nad zielenią osiedlową jest prowadzona przez organizacje na podstawie porozumień z Zarządem Zieleni; zapis pozostaje.', '20000000-0000-4000-8000-000000000001', now() - interval '6 days'),
  ('73000000-0000-4000-8000-000000000021', 'accepted', '', '20000000-0000-4000-8000-000000000001', now() - interval '9 days'),
  ('73000000-0000-4000-8000-000000000022', 'accepted', '', '20000000-0000-4000-8000-000000000001', now() - interval '9 days'),
  ('73000000-0000-4000-8000-000000000041', 'accepted', '', '20000000-0000-4000-8000-000000000001', now() - interval '9 days');

-- What became of the second round's meetings: every one held except the economic development
-- team's, which had no moderator after the previous one resigned. The organisations present are
-- those on the attendance lists (the count includes those that signed without a name).
insert into public.meeting_outcomes (meeting_id, round_id, team_id, held, organisations, organisation_count, not_held_reason, note, recorded_by, recorded_at) values
  ('62000000-0000-4000-8000-000000000001', '40000000-0000-4000-8000-000000000002', '50000000-0000-4000-8000-000000000001', true,
   '{"Krakowski Klub Sportowy Olimpia","Stowarzyszenie Kultury Fizycznej Wawel","Uczniowski Klub Sportowy Orlik"}', 6, null, '', '20000000-0000-4000-8000-000000000001', '2011-10-12 09:00 Europe/Warsaw'),
  ('62000000-0000-4000-8000-000000000002', '40000000-0000-4000-8000-000000000002', '50000000-0000-4000-8000-000000000002', true,
   '{"Fundacja Dostępne Miasto","Polskie Stowarzyszenie na rzecz Osób z Niepełnosprawnością Intelektualną, Koło w Krakowie","Stowarzyszenie Amazonki Kraków"}', 9, null, '', '20000000-0000-4000-8000-000000000001', '2011-10-18 09:00 Europe/Warsaw'),
  ('62000000-0000-4000-8000-000000000003', '40000000-0000-4000-8000-000000000002', '50000000-0000-4000-8000-000000000003', true,
   '{"Fundacja Po Drugie","Stowarzyszenie Lekarze Nadziei","Towarzystwo Pomocy im. św. Brata Alberta, Koło Krakowskie"}', 7, null, '', '20000000-0000-4000-8000-000000000001', '2011-10-19 09:00 Europe/Warsaw'),
  ('62000000-0000-4000-8000-000000000004', '40000000-0000-4000-8000-000000000002', '50000000-0000-4000-8000-000000000004', true,
   '{"Fundacja Art Zone","Stowarzyszenie Teatr Nowy","Towarzystwo Przyjaciół Podgórza"}', 11, null, '', '20000000-0000-4000-8000-000000000001', '2011-10-20 09:00 Europe/Warsaw'),
  ('62000000-0000-4000-8000-000000000005', '40000000-0000-4000-8000-000000000002', '50000000-0000-4000-8000-000000000005', true,
   '{"Fundacja Wspierania Inicjatyw Ekologicznych","Polski Klub Ekologiczny, Okręg Małopolski"}', 4, null, '', '20000000-0000-4000-8000-000000000001', '2011-10-21 09:00 Europe/Warsaw'),
  ('62000000-0000-4000-8000-000000000006', '40000000-0000-4000-8000-000000000002', '50000000-0000-4000-8000-000000000006', true,
   '{"Fundacja Edukacji Nowoczesnej","Stowarzyszenie Rodziców i Przyjaciół Szkoły"}', 8, null, '', '20000000-0000-4000-8000-000000000001', '2011-10-25 09:00 Europe/Warsaw'),
  ('62000000-0000-4000-8000-000000000007', '40000000-0000-4000-8000-000000000002', '50000000-0000-4000-8000-000000000001', true,
   '{"Polskie Towarzystwo Turystyczno-Krajoznawcze, Oddział Krakowski","Stowarzyszenie Rowerowy Kraków"}', 5, null, '', '20000000-0000-4000-8000-000000000001', '2011-10-25 09:30 Europe/Warsaw'),
  ('62000000-0000-4000-8000-000000000008', '40000000-0000-4000-8000-000000000002', '50000000-0000-4000-8000-000000000008', false,
   '{}', null, 'no_moderator', 'Moderator zespołu zrezygnował z funkcji 15.09.2011 r.; nie wyłoniono następcy, więc spotkania nie miał kto poprowadzić.', '20000000-0000-4000-8000-000000000001', '2011-10-27 09:00 Europe/Warsaw'),
  ('62000000-0000-4000-8000-000000000009', '40000000-0000-4000-8000-000000000002', '50000000-0000-4000-8000-000000000007', true,
   '{"Fundacja Biuro Inicjatyw Społecznych","Stowarzyszenie Centrum Wspierania Organizacji Pozarządowych"}', 12, null, '', '20000000-0000-4000-8000-000000000001', '2011-11-03 09:00 Europe/Warsaw');

insert into public.meeting_outcome_departments (meeting_id, department_id) values
  ('62000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000002'),
  ('62000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000007'),
  ('62000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000008'),
  ('62000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000007'),
  ('62000000-0000-4000-8000-000000000003', '10000000-0000-4000-8000-000000000008'),
  ('62000000-0000-4000-8000-000000000004', '10000000-0000-4000-8000-000000000003'),
  ('62000000-0000-4000-8000-000000000005', '10000000-0000-4000-8000-000000000005'),
  ('62000000-0000-4000-8000-000000000006', '10000000-0000-4000-8000-000000000004'),
  ('62000000-0000-4000-8000-000000000007', '10000000-0000-4000-8000-000000000006'),
  ('62000000-0000-4000-8000-000000000007', '10000000-0000-4000-8000-000000000007'),
  ('62000000-0000-4000-8000-000000000009', '10000000-0000-4000-8000-000000000008');

-- The minutes of the held meetings: written and approved by each team's moderator (every team
-- that met had one; the only vacant team did not meet, so no coordinator approved as substitute).
insert into public.minutes_revisions (meeting_id, round_id, team_id, revision, state, attendance, agenda, positions, decisions, follow_ups, version,
  created_by, created_at, updated_by, updated_at, submitted_by, submitted_at, reviewed_by, reviewed_by_name, reviewed_at)
select o.meeting_id, o.round_id, o.team_id, 1, 'approved', m.attendance, m.agenda, m.positions, m.decisions, m.follow_ups, 4,
       tm.profile_id, o.recorded_at, tm.profile_id, o.recorded_at + interval '1 day', tm.profile_id, o.recorded_at + interval '1 day',
       tm.profile_id, p.full_name, o.recorded_at + interval '3 days'
  from (values
    ('62000000-0000-4000-8000-000000000001'::uuid,
     'Przedstawiciele 6 organizacji (w tym Krakowski Klub Sportowy Olimpia, Stowarzyszenie Kultury Fizycznej Wawel, Uczniowski Klub Sportowy Orlik), Wydziału Sportu i ZIKiT; prowadził moderator zespołu.',
     '1. Założenie merytoryczne nr 1 „Sport dzieci i młodzieży”. 2. Dostęp organizacji do obiektów sportowych. 3. Sprawy różne.',
     'Organizacje postulowały, by zajęcia pozalekcyjne miały pierwszeństwo w konkursach. Wydział Sportu zwrócił uwagę, że obozy sportowe finansuje odrębny program.',
     'Zespół przyjął założenie nr 1 z uwagą Wydziału Sportu do rozpatrzenia przez koordynatora.',
     'Kluby zaproszono na rozmowy z Wydziałem Sportu o udostępnianiu hal w weekendy i z ZIKiT o boiskach przy szkołach.'),
    ('62000000-0000-4000-8000-000000000002'::uuid,
     'Przedstawiciele 9 organizacji, MOPS i ZIKiT; prowadziła moderatorka zespołu.',
     '1. Założenie merytoryczne nr 2 „Rehabilitacja i dostępność”. 2. Bariery architektoniczne w przestrzeni publicznej.',
     'Organizacje wskazały przystanki i przejścia podziemne jako najpilniejsze bariery. ZIKiT wyjaśnił, że odpowiada za przestrzeń publiczną, nie za budynki organizacji.',
     'Zespół zaproponował doprecyzowanie założenia nr 2 o przestrzeń publiczną.',
     'Fundację Dostępne Miasto zaproszono na rozmowy z ZIKiT o dostępności przystanków.'),
    ('62000000-0000-4000-8000-000000000003'::uuid,
     'Przedstawiciele 7 organizacji i MOPS; prowadził moderator zespołu.',
     '1. Założenie merytoryczne nr 3 „Przeciwdziałanie bezdomności”. 2. Mieszkania treningowe.',
     'Organizacje poparły rozwój streetworkingu; MOPS zapowiedział wspólny przegląd miejsc w noclegowniach przed zimą.',
     'Zespół przyjął założenie nr 3 bez zmian.',
     'Nie ustalono dalszych rozmów.'),
    ('62000000-0000-4000-8000-000000000004'::uuid,
     'Przedstawiciele 11 organizacji i Wydziału Kultury i Dziedzictwa Narodowego; prowadziła moderatorka zespołu.',
     '1. Założenie merytoryczne nr 4 „Festiwale i projekty organizacji”. 2. Kultura w dzielnicach.',
     'Organizacje postulowały więcej środków na projekty poza centrum miasta; wydział poparł ten kierunek.',
     'Zespół przyjął założenie nr 4 i poprosił o przygotowanie założenia o kulturze w dzielnicach.',
     'Nie ustalono dalszych rozmów.'),
    ('62000000-0000-4000-8000-000000000005'::uuid,
     'Przedstawiciele 4 organizacji i Wydziału Kształtowania Środowiska; prowadziła moderatorka zespołu.',
     '1. Założenie merytoryczne nr 5 „Edukacja ekologiczna i tereny zielone”.',
     'Organizacje chcą opiekować się skwerami osiedlowymi; wydział wskazał potrzebę porozumień z zarządcą terenu.',
     'Zespół przyjął założenie nr 5 z prośbą o wzór porozumienia.',
     'Nie ustalono dalszych rozmów.'),
    ('62000000-0000-4000-8000-000000000006'::uuid,
     'Przedstawiciele 8 organizacji i Wydziału Edukacji; prowadziła moderatorka zespołu.',
     '1. Założenie merytoryczne nr 6 „Zajęcia pozalekcyjne”.',
     'Organizacje zwróciły uwagę na opłaty za sale szkolne; wydział zapowiedział ujednolicenie zasad najmu.',
     'Zespół przyjął założenie nr 6 bez uwag.',
     'Nie ustalono dalszych rozmów.'),
    ('62000000-0000-4000-8000-000000000007'::uuid,
     'Przedstawiciele 5 organizacji, Wydziału Promocji i Turystyki oraz ZIKiT; prowadził moderator zespołu.',
     '1. Turystyka w programie współpracy. 2. Trasy rowerowe.',
     'Organizacje turystyczne postulowały wspólne oznakowanie szlaków; ZIKiT przedstawił plan tras rowerowych na 2012 r.',
     'Zespół zaproponował założenie o turystyce aktywnej do następnej tury.',
     'Stowarzyszenie Rowerowy Kraków zaproszono na rozmowy z ZIKiT o parkingach rowerowych przy obiektach turystycznych.'),
    ('62000000-0000-4000-8000-000000000009'::uuid,
     'Przedstawiciele 12 organizacji i Wydziału Spraw Społecznych; prowadził moderator zespołu.',
     '1. Założenia systemowe nr 1–3. 2. Harmonogram konsultacji programu.',
     'Organizacje poparły zasady współpracy i umowy wieloletnie; postulowały ogłaszanie konkursów do końca lutego.',
     'Zespół przyjął założenia systemowe i poprosił o podsumowanie II tury w ostatnim tygodniu listopada.',
     'Nie ustalono dalszych rozmów.')
  ) as m (meeting_id, attendance, agenda, positions, decisions, follow_ups)
  join public.meeting_outcomes o on o.meeting_id = m.meeting_id
  join public.team_moderators tm on tm.team_id = o.team_id and tm.ends_on is null
  join public.profiles p on p.id = tm.profile_id;

-- Follow-up talks the meetings invited organisations to, with Wydział Sportu and ZIKiT (the
-- summary names both), in each status; the open one waits for Wydział Sportu on its home page.
insert into public.follow_ups (id, meeting_id, round_id, team_id, department_id, organisation, subject, status, talks_on, note, created_by, created_at, updated_by, updated_at) values
  ('63000000-0000-4000-8000-000000000001', '62000000-0000-4000-8000-000000000001', '40000000-0000-4000-8000-000000000002', '50000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000002',
   'Krakowski Klub Sportowy Olimpia', 'Udostępnianie miejskich hal sportowych organizacjom w weekendy.', 'held', '2011-11-08', 'Ustalono pilotaż w dwóch halach od stycznia.',
   '20000000-0000-4000-8000-000000000011', '2011-10-14 10:00 Europe/Warsaw', '20000000-0000-4000-8000-000000000002', '2011-11-08 15:00 Europe/Warsaw'),
  ('63000000-0000-4000-8000-000000000002', '62000000-0000-4000-8000-000000000001', '40000000-0000-4000-8000-000000000002', '50000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000002',
   'Uczniowski Klub Sportowy Orlik', 'Wspólny turniej dzielnicowy dla szkół podstawowych.', 'invited', null, '',
   '20000000-0000-4000-8000-000000000011', '2011-10-14 10:05 Europe/Warsaw', '20000000-0000-4000-8000-000000000011', '2011-10-14 10:05 Europe/Warsaw'),
  ('63000000-0000-4000-8000-000000000003', '62000000-0000-4000-8000-000000000001', '40000000-0000-4000-8000-000000000002', '50000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000007',
   'Stowarzyszenie Kultury Fizycznej Wawel', 'Boiska przy szkołach otwarte po lekcjach: oświetlenie i dojścia.', 'dropped', null, 'Stowarzyszenie zrezygnowało: boiska przejmuje dzielnica.',
   '20000000-0000-4000-8000-000000000011', '2011-10-14 10:10 Europe/Warsaw', '20000000-0000-4000-8000-000000000001', '2011-11-15 12:00 Europe/Warsaw'),
  ('63000000-0000-4000-8000-000000000004', '62000000-0000-4000-8000-000000000002', '40000000-0000-4000-8000-000000000002', '50000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000007',
   'Fundacja Dostępne Miasto', 'Dostępność przystanków tramwajowych dla osób na wózkach.', 'held', '2011-11-04', '',
   '20000000-0000-4000-8000-000000000012', '2011-10-19 11:00 Europe/Warsaw', '20000000-0000-4000-8000-000000000001', '2011-11-04 16:00 Europe/Warsaw'),
  ('63000000-0000-4000-8000-000000000005', '62000000-0000-4000-8000-000000000007', '40000000-0000-4000-8000-000000000002', '50000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000007',
   'Stowarzyszenie Rowerowy Kraków', 'Parkingi rowerowe przy obiektach turystycznych.', 'scheduled', '2011-11-29', 'Spotkanie w siedzibie ZIKiT, ul. Centralna 53.',
   '20000000-0000-4000-8000-000000000011', '2011-10-26 10:00 Europe/Warsaw', '20000000-0000-4000-8000-000000000001', '2011-11-10 09:00 Europe/Warsaw');

-- The coordinator's meeting with the team moderators that opens the 2011 summary (29 September,
-- MOWIS), with its two decisions; and the next step the coordinator wrote into the summary's draft.
insert into public.coordination_meetings (id, round_id, title, held_on, venue_id, participants, purpose) values
  ('80000000-0000-4000-8000-000000000001', '40000000-0000-4000-8000-000000000002',
   'Spotkanie z moderatorami zespołów branżowych', '2011-09-29', '60000000-0000-4000-8000-000000000001',
   'moderatorzy zespołów branżowych, Wydział Spraw Społecznych',
   'zmiany w harmonogramie pracy i konsultacji Wieloletniego Programu Współpracy');
insert into public.coordination_decisions (meeting_id, position, body) values
  ('80000000-0000-4000-8000-000000000001', 1,
   'Wydział Spraw Społecznych będzie analizował i przyjmował na bieżąco opinie wydziałów merytorycznych UMK i MJO do założeń systemowych i merytorycznych, wypracowanych w ramach spotkań zespołów branżowych.'),
  ('80000000-0000-4000-8000-000000000001', 2,
   'Zaplanowano II turę spotkań branżowych (spotkania otwarte) z udziałem przedstawicieli organizacji pozarządowych oraz Dyrektorów UMK i MJO oraz ustalono, że Wydział Spraw Społecznych w porozumieniu z wydziałami merytorycznymi UMK i MJO oraz moderatorami zespołów branżowych przygotowuje harmonogram II tury spotkań.');
-- The next step has no generated text (its fingerprint is that of an empty section, lib/summary/edits.ts).
insert into public.summary_drafts (round_id, edits, version) values
  ('40000000-0000-4000-8000-000000000002',
   jsonb_build_object('next_step', jsonb_build_object('basedOn', 'd08749ad', 'text',
     'II tura spotkań branżowych zostanie podsumowana podczas kolejnego spotkania Zespołu Branżowego, które planowane jest na ostatni tydzień listopada 2011 r.')),
   1);
