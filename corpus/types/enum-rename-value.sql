-- ALTER TYPE ... RENAME VALUE: stored values follow on every engine (MySQL widens the ENUM to both labels, updates, narrows; SQLite rebuilds mapping the old label), and a default naming the label follows too
ALTER TYPE plan_tier RENAME VALUE 'free' TO 'starter';
ALTER TYPE plan_tier RENAME VALUE 'team' TO 'business';
