import ArgumentParser
import SQLPort

@main
struct SQLPortCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sqlport",
        abstract: "Compile a portable SQL migration for PostgreSQL, MySQL, MariaDB or SQLite.",
        discussion: """
            sqlport reads a migration written in a portable, PostgreSQL-flavoured subset of SQL and \
            writes the same migration for one database, for you to review and apply by hand. What a \
            database cannot do faithfully is refused with a diagnostic, never approximated.

            Examples:
              sqlport check migrate.sql
              sqlport compile --dialect postgresql migrate.sql -o migrate.postgresql.sql
              cat migrate.sql | sqlport compile --dialect postgresql -

            For tools: `compile --format json` writes the plan as JSON; every command takes \
            --diagnostics-format json and --werror.

            Exit status: 0 success (warnings allowed unless --werror), 1 the input has errors (or \
            warnings with --werror) or a file could not be read or written, 64 usage error.
            """,
        version: sqlportVersion,
        subcommands: [Check.self, Compile.self, Schema.self, Dialects.self]
    )

    /// ArgumentParser's own `main`, except that its messages go through `Terminal` too:
    /// `--help` and `--version` text fails like every other write (`> /dev/full`), and its
    /// errors, which may quote an argument, are masked like ours.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success && !(error is ExitCode) {
                do { try Terminal.writeOutput(message + "\n") } catch { exit(withError: error) }
            } else if !message.isEmpty {
                try? Terminal.writeError(message + "\n")
            }
            exit(withError: code == .success ? nil : code)
        }
    }
}
