-- the index created for a foreign key before its last index is dropped (S376): the key's name and its column's are taken by indexes, case ignored, so MySQL's next name is used
CREATE INDEX shipment_vendor_code ON shipment (vendor_id, code);
CREATE INDEX "SHIPMENT_VENDOR" ON shipment (code);
CREATE INDEX "VENDOR_ID" ON shipment (code, id);
DROP INDEX shipment_vendor_code;
