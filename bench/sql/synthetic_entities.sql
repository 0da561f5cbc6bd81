-- Synthetic entities e0000000 .. (bench/warehouse.py): types ORG 50 %, PER 30 %, LOC 15 %, MISC 5 %
-- and six countries, drawn with hash() so every run makes the same ones.
-- params: count, seen_at
SELECT printf('e%07d', n) AS entity_id,
       printf('Entité e%07d', n) AS name,
       CASE WHEN hash(n, 'type') % 100 < 50 THEN 'ORG'
            WHEN hash(n, 'type') % 100 < 80 THEN 'PER'
            WHEN hash(n, 'type') % 100 < 95 THEN 'LOC'
            ELSE 'MISC' END AS type,
       ['FR', 'MA', 'TN', 'DZ', 'ES', 'IT'][CAST(1 + hash(n, 'country') % 6 AS BIGINT)] AS country,
       getvariable('seen_at') AS first_seen_at
FROM range(getvariable('count')) AS r(n)
