/// The names of the tables each catalog mutation touched, newest first, as a persistent list:
/// a copy of the catalog shares it, a mutation prepends one node (O(1)). It lets a lowering ask
/// which tables a run of statements changed without comparing every table of two snapshots
/// (O(tables) per run, O(n²) per script). A new catalog starts its own log with a wholesale
/// node, so two unrelated catalogs never look alike.
final class TableChangeLog: Sendable {
    /// The table touched, or nil when every table may have changed (the `tables` setter).
    let name: String?
    let previous: TableChangeLog?
    /// Nodes from the start of the log up to this one.
    let depth: Int

    init(_ name: String?, after previous: TableChangeLog?) {
        self.name = name
        self.previous = previous
        self.depth = (previous?.depth ?? 0) + 1
    }

    /// The names recorded after `earlier` up to `latest`; nil when `earlier` is not on the way
    /// (the catalogs are unrelated) or a wholesale change lies between them.
    static func names(from latest: TableChangeLog, since earlier: TableChangeLog) -> [String]? {
        var names: [String] = []
        var node: TableChangeLog? = latest
        while let n = node, n.depth > earlier.depth {
            guard let name = n.name else { return nil }
            names.append(name)
            node = n.previous
        }
        return node === earlier ? names : nil
    }
}
