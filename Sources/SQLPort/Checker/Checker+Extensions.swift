/// `CREATE EXTENSION` / `DROP EXTENSION` for the extensions whose functions and types sqlport
/// knows: pgcrypto (`gen_random_uuid()` is also built into PostgreSQL 13+), uuid-ossp
/// (`uuid_generate_v1()`, `uuid_generate_v4()`) and citext. Any other is S362: what it provides
/// could not be checked or written for another database.
extension CheckRun {
    static let knownExtensions = ["pgcrypto", "uuid-ossp", "citext"]
    /// Functions an extension provides that a migration may call (PostgreSQL 15: without the
    /// extension, "function ... does not exist").
    static let extensionFunctions = ["uuid_generate_v1": "uuid-ossp", "uuid_generate_v4": "uuid-ossp"]

    mutating func createExtension(_ s: CreateExtension) -> StepResolution {
        let name = s.name.value
        guard Self.knownExtensions.contains(name) else {
            report(.error(.unknownExtension, "extension `\(name)` is not one sqlport knows", at: s.name.range,
                          label: "what it provides cannot be checked or written for another database",
                          help: "sqlport knows pgcrypto, \"uuid-ossp\" and citext; create other extensions outside the migration"))
            return .invalid
        }
        if catalog.extensions.contains(name) {
            if s.ifNotExists { return skip("extension `\(name)` already exists, skipping", at: s.name.range) }
            report(.error(.unknownExtension, "extension `\(name)` already exists", at: s.name.range, label: "created before",
                          help: "write `CREATE EXTENSION IF NOT EXISTS`"))
            return .invalid
        }
        catalog.extensions.append(name)
        return .extensions(created: [name], dropped: [])
    }

    mutating func dropExtension(_ s: DropExtension) -> StepResolution {
        var dropped: [String] = []
        for id in s.names {
            guard catalog.extensions.contains(id.value) else {
                if s.ifExists {
                    report(Diagnostic(.skipped, .note, "extension `\(id.value)` does not exist, skipping", at: id.range, label: "skipped"))
                } else {
                    report(.error(.unknownExtension, "extension `\(id.value)` does not exist", at: id.range, label: "not created",
                                  help: "write `DROP EXTENSION IF EXISTS`"))
                }
                continue
            }
            if let (table, column) = defaultsCalling(extension: id.value).first {
                report(.error(.extensionInUse, "cannot drop extension `\(id.value)` because a default uses its function", at: id.range,
                              label: "column `\(column)` of table `\(table)`",
                              help: "drop or change the column's default first (sqlport does not drop objects by CASCADE)"))
                continue
            }
            catalog.extensions.removeAll { $0 == id.value }
            dropped.append(id.value)
        }
        return .extensions(created: [], dropped: dropped)
    }

    /// Columns whose default calls a function of the extension.
    func defaultsCalling(extension name: String) -> [(String, String)] {
        catalog.tables.flatMap { t in
            t.columns.compactMap { c -> (String, String)? in
                guard let e = c.defaultValue?.expression else { return nil }
                var uses = false
                e.visit { x in
                    if case .call(let f, _, _) = x.kind, Self.extensionFunctions[f.name.value.lowercased()] == name { uses = true }
                }
                return uses ? (t.name, c.name) : nil
            }
        }
    }

    /// S363: a call of an extension's function whose extension was not created.
    mutating func checkExtensionFunctions(_ statement: Statement) {
        for root in statement.topLevelExpressions {
            root.visit { e in
                guard case .call(let f, _, _) = e.kind, let ext = Self.extensionFunctions[f.name.value.lowercased()],
                      !catalog.extensions.contains(ext) else { return }
                report(.error(.extensionMissing, "function `\(f.name.value)()` does not exist", at: e.range,
                              label: "extension \"\(ext)\" provides it",
                              help: "write `CREATE EXTENSION IF NOT EXISTS \"\(ext)\"` before it, or use `gen_random_uuid()` (built in since PostgreSQL 13)"))
            }
        }
    }
}
