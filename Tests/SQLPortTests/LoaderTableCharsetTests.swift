import Foundation
import Testing
@testable import SQLPort

/// A MySQL table's default character set is kept (issue 9 defect 7), as SHOW CREATE TABLE on
/// MariaDB 10.11 prints it: a column states `CHARACTER SET ... COLLATE ...` only where it differs.
@Suite struct LoaderTableCharsetTests {
    static let dump = """
        CREATE TABLE `a` (`s` varchar(5) DEFAULT NULL, `u` text CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci DEFAULT NULL,
          `b` varchar(5) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
        CREATE TABLE `b` (`s` varchar(5)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
        CREATE TABLE `c` (`s` varchar(5)) CHARACTER SET = utf8mb3;
        CREATE TABLE `d` (`s` varchar(5)) ENGINE=InnoDB;
        """

    @Test func tableDefaultsAndColumnsInSQLPortsCollation() throws {
        let r = loadBaseline(Self.dump, target: .mariadb)
        #expect(!r.diagnostics.contains { $0.severity == .error })
        #expect(r.catalog.tables.map { $0.mysqlCharset ?? "nil" } == ["latin1_swedish_ci", "nil", "utf8mb3", "?"])
        let a = try #require(r.catalog.table("a"))
        #expect(a.columns.map { $0.collation ?? "-" } == ["-", "-", "latin1_bin"])
        #expect(a.columns.map(\.takesTableCharset) == [true, false, true])
    }

    /// `sqlport schema` prints the defaults, so its output loads back as the same catalog.
    @Test func printedSchemaLoadsBackTheSame() throws {
        let r = loadBaseline(Self.dump, target: .mariadb)
        let printed = CatalogPrinter.print(r.catalog, dialect: .mariadb).sql
        #expect(printed.contains("  u text CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci,\n"))
        #expect(printed.contains(") DEFAULT COLLATE=latin1_swedish_ci;"))
        #expect(printed.contains(") DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;"))
        #expect(printed.contains(") DEFAULT CHARSET=utf8mb3;"))
        let again = loadBaseline(printed, target: .mariadb)
        #expect(again.catalog.tables.map { $0.mysqlCharset ?? "nil" } == ["latin1_swedish_ci", "nil", "utf8mb3", "?"])
        #expect(again.catalog.table("a")?.columns.map(\.takesTableCharset) == [true, false, true])
    }
}
