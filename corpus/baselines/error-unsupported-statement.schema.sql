SELECT pg_catalog.set_config('search_path', '', false);
CREATE TABLE public.ballot (id integer NOT NULL, voter text);
CREATE MATERIALIZED VIEW public.ballot_voters AS SELECT voter FROM public.ballot;
