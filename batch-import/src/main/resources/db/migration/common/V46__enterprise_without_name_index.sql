-- The registry's name search is a contains match on the lower-cased name (LOWER(name) LIKE '%…%', RegistrySearch),
-- which a B-tree on name cannot serve; the index only cost every enterprise insert (100,000 per large import).
DROP INDEX enterprise_name_idx;
