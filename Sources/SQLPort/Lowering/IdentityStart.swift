/// An identity added to a column that may hold rows: PostgreSQL's new sequence starts at 1,
/// MySQL's AUTO_INCREMENT and SQLite's AUTOINCREMENT continue after the largest value (InnoDB
/// and SQLite never hand out one at or below it). Said once per column, with what makes both
/// the same.
enum IdentityStart {
    /// The columns of `step` that an `ADD GENERATED ... AS IDENTITY` gave a generator.
    static func added(_ step: CheckedStep) -> [(action: ResolvedAction, column: Column)] {
        guard case .alterTable(_, let actions) = step.resolution else { return [] }
        return actions.compactMap { a in
            guard case .addIdentity = a.action.kind, case .setDefault(_, let after) = a.effect else { return nil }
            return (a, after)
        }
    }

    static func warning(table: String, column: String, database: String, at range: SourceRange?) -> Diagnostic {
        .warning(.identityStartsAfterLargest, "the identity of `\(table).\(column)` starts after the largest `\(column)` in \(database), at 1 in PostgreSQL",
                 at: range, label: "existing rows decide the next id here",
                 help: "follow it with `SELECT setval(pg_get_serial_sequence('\(table)', '\(column)'), coalesce(max(\(column)), 1), max(\(column)) IS NOT NULL) FROM \(table)`, which makes both continue after the largest")
    }
}
