DROP TABLE customer_summary;
