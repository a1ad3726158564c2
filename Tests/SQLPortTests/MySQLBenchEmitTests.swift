import Foundation
import Testing
@testable import SQLPort

/// Writes the Elekto MySQL output to $SQLPORT_BENCH_OUT for tools/bench/mysql-elekto (until
/// the CLI can compile it).
@Suite("MySQL bench output", .enabled(if: ProcessInfo.processInfo.environment["SQLPORT_BENCH_OUT"] != nil))
struct MySQLBenchEmitTests {
    @Test func writeElektoOutput() throws {
        let path = try #require(ProcessInfo.processInfo.environment["SQLPORT_BENCH_OUT"])
        let flavor: MySQLFlavor = ProcessInfo.processInfo.environment["SQLPORT_BENCH_FLAVOR"] == "mariadb" ? .mariadb : .mysql
        let c = compileMySQL(MySQLElektoTests.migration, schema: MySQLElektoTests.schema, flavor: flavor)
        try c.text.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
