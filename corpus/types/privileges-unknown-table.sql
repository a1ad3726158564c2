-- S302: GRANT and OWNER TO name a table that does not exist
GRANT SELECT ON reports TO PUBLIC;
ALTER TABLE public.reports OWNER TO CURRENT_USER;
