import Testing
@testable import SQLPort

/// Token kinds, ranges and values for each lexical form.
@Suite struct LexerTests {
    @Test func statementTokensHaveKindsAndByteRanges() {
        let (tokens, diagnostics) = lex("CREATE TABLE public.t (id int);")
        #expect(diagnostics.isEmpty)
        #expect(tokens == [
            Token(kind: .keyword(.create), range: range(0, 6)),
            Token(kind: .keyword(.table), range: range(7, 12)),
            Token(kind: .identifier, range: range(13, 19)),
            Token(kind: .dot, range: range(19, 20)),
            Token(kind: .identifier, range: range(20, 21)),
            Token(kind: .leftParen, range: range(22, 23)),
            Token(kind: .identifier, range: range(23, 25)),
            Token(kind: .keyword(.int), range: range(26, 29)),
            Token(kind: .rightParen, range: range(29, 30)),
            Token(kind: .semicolon, range: range(30, 31)),
        ])
    }

    @Test func endOfFileTokenRepeatsWithAnEmptyRange() {
        var lexer = Lexer(file: source("a "))
        #expect(lexer.nextToken() == Token(kind: .identifier, range: range(0, 1)))
        #expect(lexer.nextToken() == Token(kind: .endOfFile, range: range(2, 2)))
        #expect(lexer.nextToken() == Token(kind: .endOfFile, range: range(2, 2)))
    }

    @Test func keywordsAreRecognizedInAnyCaseAndUnknownWordsAreIdentifiers() {
        #expect(kinds("select SeLeCt KEY version rank") == [
            .keyword(.select), .keyword(.select), .keyword(.key), .identifier, .identifier,
        ])
        #expect(Keyword.user.category == .reserved)
        #expect(Keyword.left.category == .typeOrFunctionName)
        #expect(Keyword.int.category == .columnName)
        #expect(Keyword.key.category == .unreserved)
    }

    @Test func namesFoldToLowerCaseUnlessQuoted() {
        let file = source(#"Ballot "Ballot" "a""b" café ÉtÉ a$b"#)
        let (tokens, diagnostics) = Lexer.tokenize(file)
        #expect(diagnostics.isEmpty)
        #expect(tokens.map(\.kind) == [.identifier, .quotedIdentifier, .quotedIdentifier, .identifier, .identifier, .identifier])
        #expect(tokens.map { Lexer.nameValue(of: $0, in: file.bytes) } == ["ballot", "Ballot", "a\"b", "café", "ÉtÉ", "a$b"])
        // Quotes belong to the token's range.
        #expect(tokens[1].range == range(7, 15))
    }

    @Test func stringLiterals() {
        let cases: [(String, TokenKind, String)] = [
            ("'it''s'", .string, "it's"),
            ("''", .string, ""),
            ("'a\nb'", .string, "a\nb"),
            (#"E'a\nb\tc\\d\'e'"#, .escapeString, "a\nb\tc\\d'e"),
            (#"e'\b\f\r'"#, .escapeString, "\u{8}\u{C}\r"),
            (#"E'\x41\101\u00e9\U0001F600\q'"#, .escapeString, "AAé😀q"),
            (#"E'\uD83D\uDE00'"#, .escapeString, "😀"),
            (#"E'it''s'"#, .escapeString, "it's"),
            ("$$it's $ \\n$$", .dollarString, "it's $ \\n"),
            ("$fn$ $$ inner $$ $fn$", .dollarString, " $$ inner $$ "),
            ("$a$$a$", .dollarString, ""),
        ]
        for (text, kind, value) in cases {
            let file = source(text)
            let (tokens, diagnostics) = Lexer.tokenize(file)
            #expect(diagnostics.isEmpty, "\(text)")
            #expect(tokens.map(\.kind) == [kind], "\(text)")
            #expect(tokens.first.map { Lexer.stringValue(of: $0, in: file.bytes) } == value, "\(text)")
            #expect(tokens.first?.range == range(0, file.bytes.count), "\(text)")
        }
    }

    @Test func stringsSeparatedByANewlineConcatenate() {
        let file = source("'a'\n  'b' -- c\n'c' 'd'")
        let (tokens, diagnostics) = Lexer.tokenize(file)
        #expect(diagnostics.isEmpty)
        #expect(tokens.map(\.kind) == [.string, .string])
        #expect(tokens[0].range == range(0, 18))
        #expect(Lexer.stringValue(of: tokens[0], in: file.bytes) == "abc")
        #expect(tokens[1].range == range(19, 22))
    }

    @Test func stringsOnOneLineDoNotConcatenate() {
        #expect(kinds("'a' 'b'") == [.string, .string])
    }

    @Test func numbers() {
        #expect(kinds("42 1.5 .5 1. 1e10 1.5E-3 2e+2") == [.integer, .numeric, .numeric, .numeric, .numeric, .numeric, .numeric])
        #expect(lex("1.5E-3").tokens.map(\.range) == [range(0, 6)])
        // `1..2` is not one number.
        #expect(kinds("1..2") == [.integer, .dot, .numeric])
    }

    @Test func operatorsAndPunctuation() {
        #expect(kinds(":: <> != <= >= || + - * / % ^ = < > ( ) [ ] , ; . :") == [
            .colonColon, .notEqual, .notEqual, .lessEqual, .greaterEqual, .concat, .plus, .minus, .star,
            .slash, .percent, .caret, .equal, .less, .greater, .leftParen, .rightParen, .leftBracket,
            .rightBracket, .comma, .semicolon, .dot, .colon,
        ])
        #expect(kinds("@> ~ ->> #") == [.otherOperator, .otherOperator, .otherOperator, .otherOperator])
    }

    @Test func trailingSignsSplitOffOperatorsAsInPostgreSQL() {
        #expect(kinds("a<-1") == [.identifier, .less, .minus, .integer])
        #expect(kinds("a=-1") == [.identifier, .equal, .minus, .integer])
        #expect(kinds("a*-+1") == [.identifier, .star, .minus, .plus, .integer])
        // With `@` in it, the operator keeps its trailing `-`.
        #expect(kinds("a@-1") == [.identifier, .otherOperator, .integer])
        // A comment start ends an operator.
        #expect(kinds("a+--c\n1") == [.identifier, .plus, .integer])
    }

    @Test func commentsAreSkipped() {
        #expect(kinds("-- only\n/* a /* nested */ still */ x /**/ y") == [.identifier, .identifier])
        #expect(lex("/* a */ x").tokens.map(\.range) == [range(8, 9)])
        #expect(kinds("-- just a comment") == [])
        #expect(kinds("") == [])
    }

    @Test func byteOrderMarkIsSkipped() {
        let (tokens, diagnostics) = Lexer.tokenize(source(bytes: [0xEF, 0xBB, 0xBF] + Array("x".utf8)))
        #expect(diagnostics.isEmpty)
        #expect(tokens == [Token(kind: .identifier, range: range(3, 4))])
    }

    @Test func lexerCodesAreDistinctAndDeclared() {
        let codes = DiagnosticCode.lexerCodes.map(\.rawValue)
        #expect(codes == (101...110).map { "L\($0)" })
        #expect(DiagnosticCode.lexerCodes.allSatisfy { !$0.summary.isEmpty })
    }
}
