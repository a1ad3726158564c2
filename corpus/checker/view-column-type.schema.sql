--
-- PostgreSQL database dump (schema only)
--
SELECT pg_catalog.set_config('search_path', '', false);

CREATE TABLE public.accounts (
    id integer NOT NULL,
    balance integer
);

CREATE VIEW public.rich AS
 SELECT accounts.id
   FROM public.accounts
  WHERE (accounts.balance > 100);

ALTER TABLE ONLY public.accounts
    ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);
