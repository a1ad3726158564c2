/// The baseline catalog from schema files, each in any dialect: portable files are replayed
/// by the checker with the target's naming; a database's own DDL is read by `DumpLoader`,
/// and must be the target's (a MySQL dump cannot be the baseline of SQLite output: its types,
/// defaults and names mean MySQL things). Files apply in order, each over the catalog so far.
public enum BaselineLoader {
    public struct Result: Sendable {
        public var catalog: Catalog
        public var diagnostics: [Diagnostic]
        /// The dialect each file was read as, in order.
        public var dialects: [SchemaDialect]
    }

    /// `files` are already in `sources` (fragments given portable meaning are added to it).
    /// A nil dialect is detected.
    public static func load(_ files: [(id: FileID, dialect: SchemaDialect?)], sources: inout SourceMap, target: Dialect,
                            catalog: Catalog? = nil) -> Result {
        // One large-stack thread for the whole load: the type and expression fragments of a dump
        // are parsed one by one, and a thread each (64 MB of stack mapped and unmapped) cost
        // 0.7 s of system time on a 2,000-column baseline.
        let input = sources
        let (result, updated) = LargeStack.run { () -> (Result, SourceMap) in
            var sources = input
            let result = loadOnThisStack(files, sources: &sources, target: target, catalog: catalog)
            return (result, sources)
        }
        sources = updated
        return result
    }

    private static func loadOnThisStack(_ files: [(id: FileID, dialect: SchemaDialect?)], sources: inout SourceMap,
                                        target: Dialect, catalog: Catalog?) -> Result {
        var result = Result(catalog: catalog ?? Catalog(target: target), diagnostics: [], dialects: [])
        for (id, dialect) in files {
            let file = sources[id]
            let d = dialect ?? SchemaDialectDetector.detect(file, target: target)
            result.dialects.append(d)
            guard d.canDescribe(target) else {
                let end = file.bytes.firstIndex(of: UInt8(ascii: "\n")) ?? file.bytes.count
                result.diagnostics.append(.error(
                    .loaderDialectMismatch, "`\(file.name)` is a \(d.displayName) schema, which cannot be the baseline of \(target.displayName) output",
                    at: SourceRange(file: id, start: 0, end: end), label: "read as \(d.displayName)",
                    help: "give a \(SchemaDialect.native(to: target).displayName) dump of the database, a portable schema, or `--schema-dialect` if the guess is wrong"))
                continue
            }
            if d == .portable {
                let parsed = Parser.parse(file)
                result.diagnostics += parsed.diagnostics
                guard !parsed.diagnostics.hasErrors else { continue }
                let checked = Checker(target: target, baseline: result.catalog).check(parsed.script)
                result.diagnostics += checked.diagnostics
                result.catalog = checked.plan.final
            } else {
                let builder = DumpLoader.load(BaselineBuilder(target: target, file: file, dialect: d, sources: sources, catalog: result.catalog))
                sources = builder.sources
                result.diagnostics += builder.diagnostics
                result.catalog = builder.catalog
            }
        }
        return result
    }

    /// Loads DDL text read from a live database (its own dialect), named `name` in diagnostics.
    public static func load(text: String, name: String, sources: inout SourceMap, target: Dialect) -> Result {
        let id = sources.add(name: name, text: text)
        return load([(id, SchemaDialect.native(to: target))], sources: &sources, target: target)
    }
}
