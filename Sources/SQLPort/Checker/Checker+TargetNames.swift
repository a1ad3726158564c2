/// Names checked against the target's own rules, on top of PostgreSQL's: a name the target
/// cannot hold (S329), or one it takes for an existing object's (S328) — the engine would
/// refuse the statement, or (MariaDB's `IF NOT EXISTS`) skip it with a note.
extension CheckRun {
    /// S329 / S328 for `name`, given to an object of `kind` (of `table`, unless a table).
    /// `generated`: the target invented the name (the user wrote none). True when the name is fine.
    @discardableResult
    mutating func checkTargetName(_ name: String, kind: NamedObjectKind, table: Table?, at range: SourceRange?,
                                  except: String? = nil, generated: Bool = false) -> Bool {
        let what = kind.label
        let whose = generated ? "`\(name)`, the name \(target.displayName) gives this \(what)," : "`\(name)`"
        if let problem = naming.nameProblem(name, for: kind) {
            let message = generated ? "\(target.displayName) cannot hold \(whose.dropLast())" : "\(target.displayName) cannot hold the \(what) name \(whose)"
            report(.error(.targetNameUnusable, message, at: range,
                          label: problem,
                          help: generated ? "name the \(what) yourself with `CONSTRAINT name`" : "choose another name"))
            return false
        }
        // A name the target invents is its naming's to keep free.
        guard !generated, let conflict = naming.nameConflict(name, for: kind, table: table, catalog: catalog, except: except) else {
            return true
        }
        report(.error(.targetNameCollision, "\(what) \(whose) is the same name as \(conflict.object) in \(target.displayName)",
                      at: range, label: "taken by \(conflict.object)",
                      notes: [DiagnosticNote("\(conflict.object) was defined here", at: conflict.definedAt)],
                      help: "\(conflict.rule); choose a name that differs by more than that"))
        return false
    }
}
