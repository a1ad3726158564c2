import SQLPort

/// One fuzz input, decoded from raw bytes so that every byte string is a valid case:
/// byte 0 picks the dialect and options, the bytes up to the first NUL are the baseline
/// (none when empty), the rest is the migration. `tools/fuzz` writes the corpus seeds in
/// this shape, so libFuzzer's mutations start from real cases.
struct FuzzInput {
    var dialect: Dialect
    var options: CompileOptions
    var baseline: [UInt8]?
    var migration: [UInt8]
    /// Also print the baseline back (`sqlport schema`): exercises the schema printers.
    var printsSchema: Bool

    /// The SQLite versions whose capabilities differ in what the lowering writes
    /// (native RENAME COLUMN from 3.25, DROP COLUMN from 3.35).
    static let sqliteVersions = [SQLiteVersion(3, 24), SQLiteVersion(3, 34), SQLiteVersion(3, 37)]

    init(_ data: [UInt8]) {
        let control = data.first ?? 0
        let dialects = Compiler.supportedDialects
        dialect = dialects[Int(control) % dialects.count]
        options = CompileOptions(sqliteVersion: Self.sqliteVersions[Int(control >> 2) % Self.sqliteVersions.count])
        printsSchema = control & 0x80 != 0
        let body = data.dropFirst()
        if let nul = body.firstIndex(of: 0) {
            baseline = Array(body[body.startIndex..<nul])
            migration = Array(body[(nul + 1)...])
        } else {
            baseline = nil
            migration = Array(body)
        }
    }

    /// The bytes that decode to this case (for writing seeds).
    static func encode(control: UInt8, baseline: [UInt8]?, migration: [UInt8]) -> [UInt8] {
        var bytes = [control]
        if let baseline { bytes += baseline + [0] }
        return bytes + migration
    }
}
