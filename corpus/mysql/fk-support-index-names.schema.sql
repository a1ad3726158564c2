CREATE TABLE vendor (id INTEGER PRIMARY KEY);
CREATE TABLE shipment (
    id INTEGER PRIMARY KEY,
    vendor_id INTEGER,
    code VARCHAR(20),
    CONSTRAINT "Shipment_Vendor" FOREIGN KEY (vendor_id) REFERENCES vendor (id)
);
