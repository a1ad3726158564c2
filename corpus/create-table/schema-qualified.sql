-- schema-qualified table names
CREATE TABLE public.notes (id INTEGER PRIMARY KEY, body TEXT);
CREATE INDEX notes_body ON public.notes (body);
