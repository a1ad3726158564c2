SET search_path = public;
CREATE TABLE public.ballot (id integer NOT NULL);
CREATE TABLE public.ballot (id integer NOT NULL);
