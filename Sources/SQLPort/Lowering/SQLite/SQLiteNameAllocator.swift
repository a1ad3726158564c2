/// Every name the SQLite lowering invents (rebuild scratch tables, the guard table and its
/// trigger) comes from here, free in SQLite's own namespace rules: identifiers compare
/// ignoring ASCII case only (`Ä` and `ä` differ), and tables, indexes, views and triggers share
/// one namespace per schema. A name is free when no object of any catalog the plan passes
/// through has it, so it is free at every point of the script.
struct SQLiteNameAllocator {
    private var taken: Set<String> = []

    /// Linear in the plan: after the first catalog only the tables each next one changed are
    /// read (`tablesChanged(since:)`), not every table of every catalog. Views need the first
    /// catalog only: the checker never creates or renames one, it only drops them.
    init(catalogs: [Catalog]) {
        guard let first = catalogs.first else { return }
        for table in first.tables { take(table) }
        for view in first.views { taken.insert(Self.fold(view.name)) }
        for (previous, catalog) in zip(catalogs, catalogs.dropFirst()) {
            guard let changed = catalog.tablesChanged(since: previous) else {
                for table in catalog.tables { take(table) }
                for view in catalog.views { taken.insert(Self.fold(view.name)) }
                continue
            }
            for name in changed { if let table = catalog.table(name) { take(table) } }
        }
    }

    private mutating func take(_ table: Table) {
        taken.insert(Self.fold(table.name))
        for index in table.indexes { taken.insert(Self.fold(index.name)) }
        for trigger in table.triggers { taken.insert(Self.fold(trigger.name)) }
    }

    /// The catalogs of a whole plan: the baseline and the catalog after every statement.
    init(plan: CheckedPlan) {
        self.init(catalogs: (plan.steps.first.map { [$0.before] } ?? []) + plan.steps.map(\.after))
    }

    /// SQLite's identifier comparison (`sqlite3StrICmp`): ASCII letters fold, nothing else.
    static func fold(_ name: String) -> String {
        String(decoding: name.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
    }

    func isFree(_ name: String) -> Bool { !taken.contains(Self.fold(name)) }

    /// The first of `candidate(1)`, `candidate(2)`, ... that is free (and every name that
    /// `derived` makes from it, e.g. a trigger named after a table); the names are claimed.
    mutating func claim(_ candidate: (Int) -> String, derived: (String) -> [String] = { _ in [] }) -> String {
        var n = 1
        while true {
            let name = candidate(n)
            let all = [name] + derived(name)
            if all.allSatisfy(isFree) {
                for x in all { taken.insert(Self.fold(x)) }
                return name
            }
            n += 1
        }
    }

    /// The scratch table a rebuild of `table` creates: `sqlport_new_<table>`, then
    /// `sqlport_new2_<table>`, ... Not claimed: it is renamed to `table` before any other
    /// rebuild starts, so the next rebuild may use it again.
    func scratchTable(for table: String) -> String {
        var n = 1
        while true {
            let name = n == 1 ? "sqlport_new_" + table : "sqlport_new\(n)_" + table
            if isFree(name) { return name }
            n += 1
        }
    }
}
