import Testing
@testable import SQLPort

/// Identifiers are quoted exactly where PostgreSQL 15 needs it; strings keep every byte.
@Suite struct PrinterQuotingTests {
    static let identifiers: [(String, String)] = [
        ("ballot", "ballot"),
        ("_x1$", "_x1$"),
        ("user", "\"user\""),          // reserved
        ("table", "\"table\""),
        ("order", "\"order\""),
        ("left", "\"left\""),          // reserved (can be function or type)
        ("like", "\"like\""),
        ("verbose", "\"verbose\""),
        ("time", "time"),              // non-reserved (cannot be function or type)
        ("position", "position"),
        ("values", "\"values\""),     // quoted anyway: `(values` looks like a VALUES list
        ("key", "key"),                // unreserved
        ("rank", "rank"),              // no key word at all
        ("text", "text"),
        ("Ballot", "\"Ballot\""),      // upper case would fold
        ("a\"b", "\"a\"\"b\""),
        ("a b", "\"a b\""),
        ("1abc", "\"1abc\""),
        ("$a", "\"$a\""),
        ("café", "\"café\""),
        ("", "\"\""),
    ]

    @Test(arguments: identifiers.indices)
    func identifier(_ i: Int) {
        let (name, expected) = Self.identifiers[i]
        #expect(SQLPrinter().print(Identifier(name)) == expected)
        #expect(PX.print(PX.col(name)) == expected)
    }

    @Test func qualifiedNames() {
        #expect(SQLPrinter().print(PX.name("ballot", schema: "public")) == "public.ballot")
        #expect(SQLPrinter().print(PX.name("user", schema: "Elekto")) == "\"Elekto\".\"user\"")
        #expect(PX.print(PX.col("user", table: "u")) == "u.\"user\"")
    }

    static let functionNames: [(String, String)] = [
        ("lower", "lower"),
        ("left", "left"),              // allowed as a function name
        ("coalesce", "coalesce"),      // PostgreSQL's own syntax: must stay bare
        ("nullif", "nullif"),
        ("greatest", "greatest"),
        ("values", "\"values\""),      // column-name key word with no call syntax
        ("select", "\"select\""),
        ("Upper", "\"Upper\""),
    ]

    @Test(arguments: functionNames.indices)
    func functionName(_ i: Int) {
        let (name, expected) = Self.functionNames[i]
        #expect(PX.print(PX.call(name, [PX.a])) == expected + "(a)")
    }

    @Test func schemaQualifiedCall() {
        #expect(PX.print(PX.call("now", [], schema: "pg_catalog")) == "pg_catalog.now()")
    }

    static let strings: [(String, String)] = [
        ("", "''"),
        ("plain", "'plain'"),
        ("it's", "'it''s'"),
        ("''", "''''''"),
        ("C:\\dir\\", "'C:\\dir\\'"),          // backslashes are literal in standard strings
        ("say \"hi\"", "'say \"hi\"'"),
        ("line1\nline2", "E'line1\\nline2'"),
        ("tab\there", "E'tab\\there'"),
        ("cr\r\n", "E'cr\\r\\n'"),
        ("it's\n\\", "E'it''s\\n\\\\'"),       // in E'' the backslash must be doubled
        ("bell\u{7}", "E'bell\\x07'"),
        ("del\u{7F}", "E'del\\x7F'"),
        ("é ✓ 🎉", "'é ✓ 🎉'"),
        ("'\u{301}", "'''\u{301}'"),           // a quote with a combining mark is still a quote
        ("--not a comment", "'--not a comment'"),
    ]

    @Test(arguments: strings.indices)
    func stringLiteral(_ i: Int) {
        let (value, expected) = Self.strings[i]
        #expect(PX.print(PX.str(value)) == expected)
    }

    @Test func keywordCategories() {
        #expect(PostgreSQLKeywords.category(of: "user") == .reserved)
        #expect(PostgreSQLKeywords.category(of: "authorization") == .typeOrFunctionName)
        #expect(PostgreSQLKeywords.category(of: "normalize") == .columnName)
        #expect(PostgreSQLKeywords.category(of: "key") == nil)
        #expect(PostgreSQLKeywords.category(of: "merge") == nil)
        // The lists must not overlap, or `category(of:)` would hide a class.
        #expect(PostgreSQLKeywords.reserved.isDisjoint(with: PostgreSQLKeywords.typeOrFunctionName))
        #expect(PostgreSQLKeywords.reserved.isDisjoint(with: PostgreSQLKeywords.columnName))
        #expect(PostgreSQLKeywords.typeOrFunctionName.isDisjoint(with: PostgreSQLKeywords.columnName))
        #expect(PostgreSQLKeywords.functionSyntax.isSubset(of: PostgreSQLKeywords.columnName))
    }
}

extension PrinterQuotingTests {
    /// The lexer's keyword table and the printer's quoting table are two views of
    /// PostgreSQL's `kwlist.h`; they must not drift apart.
    @Test func printerAndLexerAgreeOnKeywordCategories() {
        for keyword in Keyword.allCases {
            let expected: PostgreSQLKeywords.Category? = switch keyword.category {
            case .reserved: .reserved
            case .typeOrFunctionName: .typeOrFunctionName
            case .columnName: .columnName
            case .unreserved: nil
            }
            #expect(PostgreSQLKeywords.category(of: keyword.rawValue) == expected, "\(keyword.rawValue)")
        }
        let restricted = PostgreSQLKeywords.reserved.union(PostgreSQLKeywords.typeOrFunctionName)
            .union(PostgreSQLKeywords.columnName)
        #expect(restricted.subtracting(Keyword.allCases.map(\.rawValue)).sorted() == [])
    }
}
