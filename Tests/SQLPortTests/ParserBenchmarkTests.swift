#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SQLPort
import Testing

/// Lex and parse time of a large generated script. Off by default; performance is
/// measured, never asserted:
///
///     SQLPORT_BENCH_MB=50 swift test -c release --filter ParserBenchmarkTests
@Suite struct ParserBenchmarkTests {
    static var megabytes: Int? { getenv("SQLPORT_BENCH_MB").flatMap { Int(String(cString: $0)) } }

    /// A realistic mix: DDL with constraints and expressions, and many data rows.
    static func script(bytes: Int) -> [UInt8] {
        let block = """
            CREATE TABLE IF NOT EXISTS public.ballot_%d (
              id bigserial PRIMARY KEY, election_id int NOT NULL REFERENCES election (id) ON DELETE CASCADE,
              voter varchar(255) NOT NULL, secret text DEFAULT '', created timestamp with time zone DEFAULT CURRENT_TIMESTAMP,
              CONSTRAINT ballot_voter_uq UNIQUE (election_id, voter), CHECK (length(voter) > 0 AND id >= 1));
            CREATE INDEX ballot_created_%d ON ballot (created DESC) WHERE secret IS NOT NULL;
            ALTER TABLE ballot ADD COLUMN rank int, ALTER COLUMN secret TYPE varchar(64) USING substring(secret, 1, 64);
            INSERT INTO ballot (election_id, voter, secret, rank) VALUES (1, 'alice', E'a\\tb', -1), (2, 'bob', $$x$$, 2 * 3 + 1);
            UPDATE ballot SET rank = CASE WHEN rank IS NULL THEN 0 ELSE rank + 1 END WHERE voter IN ('a', 'b') OR rank BETWEEN 1 AND 9;
            DELETE FROM ballot WHERE created < CURRENT_DATE AND NOT (voter LIKE 'test%');
            -- a comment /* and */ another
            """
        var out: [UInt8] = []
        out.reserveCapacity(bytes + 2048)
        let parts = block.split(separator: "%d", omittingEmptySubsequences: false).map { Array($0.utf8) }
        var i = 0
        while out.count < bytes {
            out += Array(parts.joined(separator: Array(String(i).utf8)))
            out.append(UInt8(ascii: "\n"))
            i += 1
        }
        return out
    }

    /// CPU seconds of the whole process, all threads: unlike wall time, not inflated
    /// when other work competes for the cores.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1_000_000 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    @Test(.enabled(if: megabytes != nil))
    func lexAndParseLargeScript() {
        let size = (Self.megabytes ?? 1) << 20
        let file = SourceFile(id: FileID(0), name: "bench.sql", bytes: Self.script(bytes: size))
        let clock = ContinuousClock()

        var tokenCount = 0
        let cpu0 = Self.cpuSeconds()
        let lexTime = clock.measure {
            var lexer = Lexer(file: file)
            while lexer.nextToken().kind != .endOfFile { tokenCount += 1 }
        }
        let cpu1 = Self.cpuSeconds()
        var result: ParseResult?
        let parseTime = clock.measure { result = Parser.parse(file) }
        let cpu2 = Self.cpuSeconds()

        let mb = Double(file.bytes.count) / 1_048_576
        print("bench: \((mb * 10).rounded() / 10) MB, \(tokenCount) tokens, \(result?.script.statements.count ?? 0) statements, "
              + "\(result?.diagnostics.count ?? -1) diagnostics; lex only \(lexTime) (cpu \(cpu1 - cpu0) s), "
              + "lex+parse \(parseTime) (cpu \(cpu2 - cpu1) s)")
        #expect(result?.diagnostics.isEmpty == true)
    }
}
