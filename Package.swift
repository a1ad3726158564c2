// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "sqlport",
    products: [
        .executable(name: "sqlport", targets: ["sqlport"]),
        .library(name: "SQLPort", targets: ["SQLPort"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Persistent hashed collections: the catalog keeps its tables in a `TreeDictionary` so
        // the checker's before/after snapshots share structure instead of copying every table.
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    ],
    targets: [
        // The C client libraries, from Debian's -dev packages (tools/test installs them).
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite", pkgConfig: "sqlite3",
                       providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CPostgres", path: "Sources/CPostgres", pkgConfig: "libpq",
                       providers: [.apt(["libpq-dev"])]),
        .systemLibrary(name: "CMariaDB", path: "Sources/CMariaDB", pkgConfig: "libmariadb",
                       providers: [.apt(["libmariadb-dev"])]),

        // The compiler: pure, no I/O beyond what callers hand it, no process exit.
        .target(name: "SQLPort", dependencies: [
            .product(name: "HashTreeCollections", package: "swift-collections"),
        ]),
        // Live database access (introspection, applying scripts) through the C libraries.
        .target(name: "SQLPortDatabase", dependencies: ["SQLPort", "CSQLite", "CPostgres", "CMariaDB"]),
        // The command-line tool: a thin layer over the library.
        .executableTarget(name: "sqlport", dependencies: [
            "SQLPort", "SQLPortDatabase",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // The whole pipeline under libFuzzer (`tools/fuzz`); a plain build replays saved inputs.
        .executableTarget(name: "SQLPortFuzz", dependencies: ["SQLPort"]),

        // What both test targets share: the corpus's per-case options line, Elekto's reference files.
        .target(name: "TestSupport", dependencies: ["SQLPort"], path: "Tests/TestSupport"),
        .testTarget(name: "SQLPortTests", dependencies: ["SQLPort", "TestSupport"]),
        // Every golden output applied to real PostgreSQL, MariaDB and SQLite.
        // Enabled by SQLPORT_LIVE=1 (tools/test sets it after starting the servers).
        .testTarget(name: "LiveTests", dependencies: ["SQLPort", "SQLPortDatabase", "TestSupport"],
                    exclude: ["Fixtures"]),  // seed SQL, read from disk by the tests
        // The built `sqlport` binary run as a user runs it: exit codes, stdout, stderr, files.
        .testTarget(name: "CLITests", dependencies: ["sqlport", "SQLPortDatabase"]),
    ]
)
