SET search_path = public;
CREATE TABLE public.ballot (id integer NOT NULL);
CREATE SEQUENCE public.ballot_id_seq AS integer;
ALTER SEQUENCE public.ballot_id_seq OWNED BY public.ballots.id;
