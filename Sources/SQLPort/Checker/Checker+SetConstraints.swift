/// `SET CONSTRAINTS`, resolved as PostgreSQL 15 does (measured): a name matches every
/// constraint of that name on any table, of any kind (a CHECK too); a name no table has is an
/// error; `DEFERRED` of a constraint that is not deferrable is an error, `IMMEDIATE` of one is
/// accepted and does nothing. The catalog does not change.
extension CheckRun {
    mutating func setConstraints(_ s: SetConstraints) -> StepResolution {
        let tables = catalog.tables
        var namesDeferrable = false
        if s.names.isEmpty {
            namesDeferrable = tables.contains { $0.constraints.contains { Self.isDeferrableKey($0) } }
        }
        for name in s.names {
            let value = name.name.value
            let matched = tables.flatMap { t in t.constraints.filter { $0.postgresName == value }.map { (t, $0) } }
            guard !matched.isEmpty else {
                let similar = tables.lazy.flatMap(\.constraints).map(\.postgresName).first { $0.lowercased() == value.lowercased() }
                report(.error(.unknownConstraintToTime, "constraint `\(value)` does not exist", at: name.range,
                              label: "no table has a constraint of this name",
                              help: similar.map { "the constraint is named `\($0)`; quote the name to match its case" }
                                  ?? "name a constraint the schema has, or write `ALL`"))
                continue
            }
            if matched.contains(where: { Self.isDeferrableKey($0.1) }) { namesDeferrable = true }
            if s.deferred, let (table, c) = matched.first(where: { !Self.isDeferrableKey($0.1) }) {
                report(.error(.constraintNotDeferrable, "constraint `\(value)` is not deferrable", at: name.range,
                              label: "\(c.role.rawValue) of table `\(table.name)` is checked at each statement",
                              notes: [DiagnosticNote("constraint `\(value)` was defined here", at: c.definedAt ?? table.definedAt)],
                              help: c.role == .foreignKey ? "declare the key `DEFERRABLE`, or write `IMMEDIATE`"
                                  : "only a deferrable foreign key can be deferred here; write `IMMEDIATE` or leave the name out"))
            }
        }
        return .setConstraints(deferred: s.deferred, namesDeferrableKeys: namesDeferrable)
    }

    static func isDeferrableKey(_ c: Constraint) -> Bool {
        if case .foreignKey(let fk) = c.kind { return fk.deferrable }
        return false
    }
}
