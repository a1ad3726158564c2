--
-- PostgreSQL database dump
--

\restrict gbBcVXv7gpI9pcVIrFocoxWQtfXtqJZnKe0AylljUzD06S5WglBGKUiafjgQE1I

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: child; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.child (
    id integer NOT NULL,
    a integer,
    b integer,
    note text
);


ALTER TABLE public.child OWNER TO postgres;

--
-- Name: parent; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.parent (
    a integer NOT NULL,
    b integer NOT NULL
);


ALTER TABLE public.parent OWNER TO postgres;

--
-- Name: child child_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.child
    ADD CONSTRAINT child_pkey PRIMARY KEY (id);


--
-- Name: parent parent_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.parent
    ADD CONSTRAINT parent_pkey PRIMARY KEY (a, b);


--
-- Name: child child_ab_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.child
    ADD CONSTRAINT child_ab_fkey FOREIGN KEY (a, b) REFERENCES public.parent(a, b) MATCH FULL;


--
-- PostgreSQL database dump complete
--

\unrestrict gbBcVXv7gpI9pcVIrFocoxWQtfXtqJZnKe0AylljUzD06S5WglBGKUiafjgQE1I

