-- Names in the `public` schema, as alembic's offline SQL writes them: `public.t` and `public.t.column` are the plain names on every target
INSERT INTO public.alembic_version (version_num) VALUES ('1a2b3c');
CREATE TABLE public.note_tag (note_id INTEGER NOT NULL REFERENCES public.note (id), tag VARCHAR(20) NOT NULL);
CREATE INDEX ix_note_tag_tag ON public.note_tag (tag);
INSERT INTO public.note (id, body) VALUES (11, 'hello'), (12, 'world');
INSERT INTO public.note_tag (note_id, tag) SELECT public.note.id, 'greeting' FROM public.note WHERE public.note.body = 'hello';
UPDATE public.note SET body = upper(public.note.body) WHERE public.note.id IN (SELECT note_id FROM public.note_tag);
DELETE FROM public.note WHERE public.note.id = 12;
UPDATE public.alembic_version SET version_num='4d5e6f' WHERE public.alembic_version.version_num = '1a2b3c';
