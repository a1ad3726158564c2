--
-- PostgreSQL database dump
--


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

--
-- Name: granttype; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.granttype AS ENUM (
    'authorization_code',
    'implicit',
    'client''s'
);


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: oauth_client; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.oauth_client (
    id integer NOT NULL,
    name character varying(80) NOT NULL,
    grant_type public.granttype DEFAULT 'implicit'::public.granttype NOT NULL,
    grants public.granttype[]
);


--
-- Name: TABLE oauth_client; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.oauth_client IS 'OAuth clients';


--
-- Name: COLUMN oauth_client.name; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.oauth_client.name IS 'display name';


--
-- Name: oauth_client_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.oauth_client_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: oauth_client_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.oauth_client_id_seq OWNED BY public.oauth_client.id;


--
-- Name: oauth_client id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.oauth_client ALTER COLUMN id SET DEFAULT nextval('public.oauth_client_id_seq'::regclass);


--
-- Name: oauth_client oauth_client_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.oauth_client
    ADD CONSTRAINT oauth_client_pkey PRIMARY KEY (id);


--
-- Name: oauth_client_grant; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX oauth_client_grant ON public.oauth_client USING btree (grant_type);


--
-- PostgreSQL database dump complete
--


