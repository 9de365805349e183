-- A city-sized data set for the benchmark (issue 16): 2,500 places, 2,500 problems, 10,000 measures (a
-- fifth with a geometry of their own, long texts as in the real plans), a follow-up on every other measure,
-- and 1,000,000 incidents, spread over the demo districts' extent (EPSG:3006). Added next to the demo data,
-- marked by codes starting with "bench-"; setseed makes it the same on every run. PostgreSQL only.
-- Ids: each table's sequence is advanced past the new rows, above any block the application already holds.
SELECT setseed(0.16);

INSERT INTO plan (code, district_id, plan_year, kind, title)
SELECT 'bench-' || d.code || '-' || y, d.id, y, 'ATGARDSPLAN', 'Benchmark ' || d.name || ' ' || y
FROM district d CROSS JOIN generate_series(2022, 2026) y;

INSERT INTO priority_area (plan_id, area_number, name)
SELECT id, 2, 'Otrygga och brottsutsatta platser' FROM plan WHERE code LIKE 'bench-%';

CREATE TEMPORARY TABLE bench_base AS
SELECT nextval('place_seq') AS place, nextval('problem_seq') AS problem, nextval('measure_seq') AS measure,
       nextval('follow_up_seq') AS follow_up;

-- Places: a third points, the rest 40 m squares; each in one of the demo districts.
INSERT INTO place (id, code, name, kind, district_id, geom)
SELECT b.place + g, 'bench-place-' || g, 'Benchmarkplats ' || g,
       (ARRAY['TORG', 'PARK', 'LEKPLATS', 'PARKERING'])[1 + g % 4],
       (SELECT id FROM district ORDER BY id LIMIT 1 OFFSET g % 3),
       CASE WHEN g % 3 = 0 THEN p ELSE ST_Expand(p, 20) END
FROM bench_base b, (SELECT g, ST_SetSRID(ST_MakePoint(656800 + random() * 20500, 6572850 + random() * 15000), 3006) p
      FROM generate_series(1, 2500) g) pts;

-- One problem per place, in the plans round robin.
INSERT INTO problem (id, ref, priority_area_id, position, description)
SELECT b.problem + g, 'bench-problem-' || g,
       (SELECT id FROM priority_area WHERE name = 'Otrygga och brottsutsatta platser'
          AND plan_id IN (SELECT id FROM plan WHERE code LIKE 'bench-%') ORDER BY id LIMIT 1 OFFSET g % 15),
       g, 'Narkotikaförsäljning och otrygghet kvällstid vid Benchmarkplats ' || g
          || '. Boende och verksamma beskriver platsen som mörk och svår att överblicka; ungdomar samlas sent.'
FROM bench_base b, generate_series(1, 2500) g;

INSERT INTO problem_place (problem_id, place_id)
SELECT b.problem + g, b.place + g FROM bench_base b, generate_series(1, 2500) g;

-- Four measures per problem; every fifth measure has its own point 0-30 m from its place.
INSERT INTO measure (id, ref, problem_id, position, description, category, physical_type, operational_goal,
                     timing_text, timing_start, timing_end, responsible, status, geom, geom_digitised)
SELECT b.measure + g, 'bench-measure-' || g, b.problem + 1 + (g - 1) / 4, 1 + (g - 1) % 4,
       (ARRAY['Se över belysningen längs gångvägen och byt trasiga armaturer',
              'Ta bort skymmande växtlighet så att siktlinjerna öppnas mot torget',
              'Hög polisnärvaro kvällstid och snabba avvisningar vid behov',
              'Uppsökande arbete med fältassistenter på fredags- och lördagskvällar'])[1 + g % 4]
          || '. ' || repeat('Åtgärden följs upp vid varje tertialmöte i platssamverkan. ', 4),
       (ARRAY['PHYSICAL', 'PHYSICAL', 'POLICE', 'SOCIAL'])[1 + g % 4],
       CASE WHEN g % 4 < 2 THEN (ARRAY['LIGHTING', 'VEGETATION'])[1 + g % 2] END,
       'Minska narkotikahantering och öka tryggheten på platsen',
       '2024', DATE '2024-01-01', DATE '2024-12-31', 'Parkingenjör',
       (ARRAY['PLANNED', 'ONGOING', 'DONE', 'NOT_STARTED', 'PARTIALLY_DONE'])[1 + g % 5],
       CASE WHEN g % 5 = 0 THEN ST_Translate(ST_PointOnSurface(pl.geom), random() * 30, random() * 30) END,
       CASE WHEN g % 5 = 0 THEN 'benchmark' END
FROM bench_base b, generate_series(1, 10000) g
JOIN place pl ON pl.code = 'bench-place-' || (1 + (g - 1) / 4);

INSERT INTO measure_place (measure_id, place_id)
SELECT b.measure + g, b.place + 1 + (g - 1) / 4 FROM bench_base b, generate_series(1, 10000) g;

INSERT INTO follow_up (id, measure_id, follow_up_date, status, status_as_written, note, recorded_at, recorded_by)
SELECT b.follow_up + g, b.measure + 2 * g, DATE '2024-09-01', m.status, 'Pågår',
       'Uppföljning tertial 2: arbetet pågår enligt plan.', TIMESTAMPTZ '2024-09-02 10:00+02', 'strateg'
FROM bench_base b, generate_series(1, 5000) g JOIN measure m ON m.ref = 'bench-measure-' || (2 * g);

SELECT setval('place_seq', (SELECT place FROM bench_base) + 2500 + 50);
SELECT setval('problem_seq', (SELECT problem FROM bench_base) + 2500 + 50);
SELECT setval('measure_seq', (SELECT measure FROM bench_base) + 10000 + 50);
SELECT setval('follow_up_seq', (SELECT follow_up FROM bench_base) + 5000 + 50);

-- Incidents: 1,000,000 in the same extent, half around 40 hot centres (normal, sd 150 m), half uniform.
INSERT INTO incident_import (format, source, file_name, imported_by, imported_at, synthetic, rows_read, inserted,
                             duplicates, rejected)
VALUES ('synthetic', 'bench-city', 'city-data-set.sql', 'bench', now(), TRUE, 1000000, 1000000, 0, 0);

CREATE TEMPORARY TABLE bench_centre AS
SELECT c, 658000 + random() * 18000 AS x, 6574000 + random() * 13000 AS y FROM generate_series(0, 39) c;

INSERT INTO incident (format, source, external_id, record_key, occurred_at, time_precision, type, location_precision,
                      location_name, summary, synthetic, import_id, geom)
SELECT 'synthetic', 'bench-city', 'bench-' || g, 'bench-' || g, TIMESTAMPTZ '2023-01-01' + random() * INTERVAL '730 days',
       'second', (ARRAY['Narkotikabrott', 'Misshandel', 'Skadegörelse', 'Rån'])[1 + g % 4], 'point', NULL, NULL,
       TRUE, (SELECT id FROM incident_import WHERE source = 'bench-city'),
       CASE WHEN g % 2 = 0
            THEN ST_SetSRID(ST_MakePoint(c.x + 150 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()),
                                         c.y + 150 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random())), 3006)
            ELSE ST_SetSRID(ST_MakePoint(656800 + random() * 20500, 6572850 + random() * 15000), 3006) END
FROM generate_series(1, 1000000) g JOIN bench_centre c ON c.c = g % 40;

ANALYZE;
