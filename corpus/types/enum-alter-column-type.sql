-- a text column changed to an enum type USING a cast, and back to text (an enum converts to text without USING)
CREATE TYPE shipment_state AS ENUM ('v1', 'v2', 'v3', 'lost');
ALTER TABLE shipment ALTER COLUMN state DROP DEFAULT;
ALTER TABLE shipment ALTER COLUMN state TYPE shipment_state USING state::shipment_state;
ALTER TABLE shipment ALTER COLUMN state SET DEFAULT 'v1';
ALTER TABLE shipment ADD COLUMN last_state shipment_state;
ALTER TABLE shipment ALTER COLUMN last_state TYPE TEXT;
