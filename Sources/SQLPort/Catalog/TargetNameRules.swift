/// The kinds of named object whose names a target database keeps in namespaces of its own.
public enum NamedObjectKind: Hashable, Sendable {
    case table
    case column
    case index
    case constraint(ConstraintRole)

    var label: String {
        switch self {
        case .table: "table"
        case .column: "column"
        case .index: "index"
        case .constraint(let role): role.rawValue
        }
    }
}

/// An object already holding a name the target would take for a new one.
public struct NameConflict: Sendable {
    /// `index `Ix` on table `t``, for messages.
    public var object: String
    public var definedAt: SourceRange?
    /// The target's rule that makes the two names one (`MariaDB compares index names ignoring case`).
    public var rule: String
}

/// How targets compare names. PostgreSQL compares bytes exactly; MySQL and MariaDB compare
/// most names case-insensitively (by lower-casing each character, so `Ä` is `ä` but `ß` is not
/// `SS`); SQLite folds ASCII letters only.
enum NameFolding {
    /// Each Unicode scalar lower-cased on its own (no context, as the servers do).
    static func unicodeLower(_ name: String) -> String {
        // Most names are ASCII: fold their bytes without building a scalar view.
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: name.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
        }
        var out = String.UnicodeScalarView()
        for s in name.unicodeScalars { out.append(contentsOf: s.properties.lowercaseMapping.unicodeScalars) }
        return String(out)
    }

    /// `A`-`Z` to `a`-`z`, nothing else (`sqlite3StrICmp`).
    static func asciiLower(_ name: String) -> String {
        String(String.UnicodeScalarView(name.unicodeScalars.map { s in
            (65...90).contains(s.value) ? Unicode.Scalar(s.value + 32)! : s
        }))
    }
}

/// Catalog walks the dialects' name rules share. `except` is the object's own current name
/// (a rename to another case of the same name is no collision).
enum NameLookup {
    struct Candidate {
        var name: String
        var object: String
        var definedAt: SourceRange?
    }

    /// Tables and views that may share `name`'s folded form: the tables come from the catalog's
    /// folded-name bucket (no walk over every table); views are few and walked.
    static func tables(_ catalog: Catalog, near name: String) -> [Candidate] {
        let folded = NameFolding.unicodeLower(name)
        return catalog.tables(withFoldedRelation: folded).filter { NameFolding.unicodeLower($0.name) == folded }
            .map { Candidate(name: $0.name, object: "table `\($0.name)`", definedAt: $0.definedAt) }
            + catalog.views.map { Candidate(name: $0.name, object: "view `\($0.name)`", definedAt: $0.definedAt) }
    }

    /// The first column of `table` other than `except` whose folded name equals `name`'s; the
    /// conflict's text is built for that one only (this runs for every column a table gets).
    static func column(_ table: Table, matching name: String, except: String?,
                       fold: (String) -> String, rule: String) -> NameConflict? {
        let key = fold(name)
        // Every folding a target uses is finer than `unicodeLower`, so the bucket holds all matches.
        guard let c = table.columns(foldingLike: name).first(where: { $0.name != except && fold($0.name) == key }) else { return nil }
        return NameConflict(object: "column `\(c.name)` of table `\(table.name)`", definedAt: c.definedAt, rule: rule)
    }

    static func constraints(_ table: Table, role: ConstraintRole) -> [Candidate] {
        table.constraints.compactMap { c in
            guard c.role == role, let n = c.name else { return nil }
            return Candidate(name: n, object: "\(c.role.rawValue) `\(n)` on table `\(table.name)`", definedAt: c.definedAt)
        }
    }

    /// Foreign keys or checks, schema-wide, that may share `name`'s folded form.
    static func schemaConstraints(_ catalog: Catalog, role: ConstraintRole, near name: String) -> [Candidate] {
        catalog.tables(withFoldedConstraint: NameFolding.unicodeLower(name), role: role).flatMap { constraints($0, role: role) }
    }

    /// The first candidate other than `except` whose folded name equals `name`'s.
    static func first(_ candidates: [Candidate], matching name: String, except: String?,
                      fold: (String) -> String, rule: String) -> NameConflict? {
        let key = fold(name)
        guard let c = candidates.first(where: { $0.name != except && fold($0.name) == key }) else { return nil }
        return NameConflict(object: c.object, definedAt: c.definedAt, rule: rule)
    }
}
