/// The order of an `UPDATE`'s assignments in MySQL.
///
/// MySQL and MariaDB evaluate single-table `UPDATE` assignments left to right, each seeing the
/// values assigned before it (`SET a = a + 1, b = a` gives `b` the new `a`); PostgreSQL
/// evaluates every assignment against the row as it was. Writing each assignment that reads a
/// column before the assignment that changes it gives PostgreSQL's result on both servers.
/// A cycle (`SET a = b, b = a`) has no such order.
enum MySQLUpdateOrder {
    /// The assignments in an order MySQL evaluates as PostgreSQL does, as close to the written
    /// order as possible; nil when they read each other's columns in a cycle.
    static func order(_ assignments: [Assignment]) -> [Assignment]? {
        let targets = assignments.map(\.column.value)
        // readers[j]: the assignments that read the column j assigns, so must come before j.
        var readers = Array(repeating: [Int](), count: assignments.count)
        for (i, a) in assignments.enumerated() {
            let reads = Set(a.value.referencedColumnNames)
            for (j, target) in targets.enumerated() where j != i && reads.contains(target) { readers[j].append(i) }
        }
        // In written order, each assignment after the ones that must precede it.
        enum Mark { case unvisited, visiting, placed }
        var marks = Array(repeating: Mark.unvisited, count: assignments.count)
        var out: [Assignment] = []
        func place(_ j: Int) -> Bool {
            switch marks[j] {
            case .placed: return true
            case .visiting: return false  // a cycle
            case .unvisited:
                marks[j] = .visiting
                for i in readers[j] where !place(i) { return false }
                marks[j] = .placed
                out.append(assignments[j])
                return true
            }
        }
        for j in assignments.indices where !place(j) { return nil }
        return out
    }
}
