import Testing
@testable import SQLPort

/// Each `L1xx` code: exact message, range, label and help, and the token left behind.
@Suite struct LexerDiagnosticTests {
    func only(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Diagnostic? {
        let d = lex(text).diagnostics
        #expect(d.count == 1, "\(d.map(render))", sourceLocation: sourceLocation)
        return d.first
    }

    func only(bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) -> Diagnostic? {
        let d = Lexer.tokenize(source(bytes: bytes)).diagnostics
        #expect(d.count == 1, "\(d.map(render))", sourceLocation: sourceLocation)
        return d.first
    }

    @Test func L101_unterminatedString() {
        let d = only("x = 'abc")
        #expect(d.map(render) == "L101 4..5 unterminated string literal | this string is never closed | add the closing `'`; write `''` for a quote inside a string")
        #expect(lex("x = 'abc").tokens.last == Token(kind: .invalid, range: range(4, 8)))
        #expect(only(#"E'abc\'"#)?.code == .unterminatedString)
    }

    @Test func L102_unterminatedQuotedIdentifier() {
        #expect(only(#"a "bc"#).map(render) == #"L102 2..3 unterminated quoted identifier | this name is never closed | add the closing `"`; write `""` for a double quote inside a name"#)
    }

    @Test func L103_unterminatedComment() {
        #expect(only("x /* a /* b */").map(render) == "L103 2..4 unterminated block comment | this comment is never closed | close it with `*/`; block comments nest, so each `/*` inside needs its own `*/`")
        #expect(lex("x /* a /* b */").tokens.map(\.kind) == [.identifier])
    }

    @Test func L104_unterminatedDollarString() {
        #expect(only("$fn$ body $fn").map(render) == "L104 0..4 unterminated dollar-quoted string | this string is never closed | close it with `$fn$`")
    }

    @Test func L105_emptyQuotedIdentifier() {
        #expect(only(#"CREATE TABLE "" (a int)"#).map(render) == "L105 13..15 empty quoted identifier | a name cannot be empty | write the name between the quotes")
    }

    @Test func L106_invalidUTF8() {
        // `a`, a lone continuation byte, `b`: one identifier with one bad byte.
        #expect(only(bytes: [0x61, 0x80, 0x62]).map(render) == "L106 1..2 invalid UTF-8 in the source | this byte is not UTF-8 | save the file as UTF-8; to write arbitrary bytes use an `E'\\xHH'` string")
        // Overlong encoding and a surrogate, inside a string: runs are reported whole.
        let d = Lexer.tokenize(source(bytes: Array("'".utf8) + [0xC0, 0xAF, 0x20, 0xED, 0xA0, 0x80] + Array("'".utf8))).diagnostics
        #expect(d.map { "\($0.code) \($0.range!.start)..\($0.range!.end)" } == ["L106 1..3", "L106 4..7"])
        #expect(only(bytes: Array("-- ".utf8) + [0xFF])?.range == range(3, 4))
    }

    @Test func L107_nulByte() {
        #expect(only(bytes: [0x61, 0x00, 0x00, 0x62]).map(render) == "L107 1..3 2 NUL bytes in the source | NUL byte | remove it; a file with many NUL bytes is probably UTF-16, so convert it to UTF-8")
        #expect(only(bytes: Array("'a".utf8) + [0] + Array("'".utf8))?.range == range(2, 3))
    }

    @Test func L108_unexpectedCharacter() {
        let backtick = lex("select `a`").diagnostics
        #expect(backtick.map(render) == [
            "L108 7..8 unexpected character ``` | not part of any token | sqlport quotes identifiers PostgreSQL's way: write \"name\" instead of `name`",
            "L108 9..10 unexpected character ``` | not part of any token | sqlport quotes identifiers PostgreSQL's way: write \"name\" instead of `name`",
        ])
        #expect(only("a \\ b").map(render) == "L108 2..3 unexpected character `\\` | not part of any token | backslash escapes only work inside `E'...'` strings; psql meta-commands are not supported")
        #expect(only("a = $1").map(render) == "L108 4..6 unexpected parameter `$1` | not part of any token | positional parameters are not supported in a migration; write the value itself")
        #expect(only("{").map(render) == "L108 0..1 unexpected character `{` | not part of any token | remove it, or put it inside a string literal")
        #expect(only(bytes: [0x01, 0x01]).map(render) == "L108 0..2 unexpected character `U+0001` | not part of any token | remove it, or put it inside a string literal")
        #expect(only("$x")?.range == range(0, 1))
    }

    @Test func L109_invalidEscape() {
        #expect(only(#"E'\u12'"#).map(render) == #"L109 2..6 invalid Unicode escape `\u12` | expected 4 hex digits after `\u` | write `\uXXXX` or `\UXXXXXXXX` with exactly that many hex digits"#)
        #expect(only(#"E'\x00'"#).map(render) == #"L109 2..6 invalid escape sequence `\x00` | this would put a NUL byte in the string | text cannot contain NUL bytes; remove the escape"#)
        #expect(only(#"E'\uD800'"#).map(render) == #"L109 2..8 invalid Unicode escape value `\uD800` | not a Unicode character | use a code point between U+0001 and U+10FFFF that is not a lone surrogate"#)
        #expect(only(#"E'\xFF'"#).map(render) == #"L109 2..6 escape sequences make invalid UTF-8 | the bytes written with `\x` or octal escapes are not UTF-8 | write characters with `\uXXXX` escapes instead of their bytes"#)
        // Bytes that together form UTF-8 are fine.
        #expect(lex(#"E'\xC3\xA9'"#).diagnostics.isEmpty)
    }

    @Test func L110_trailingJunkAfterNumber() {
        #expect(only("12abc").map(render) == "L110 0..5 invalid number `12abc` | a number cannot run into letters | put a space after the number; if this is a name, quote it: \"12abc\"")
        #expect(lex("12abc").tokens.map(\.kind) == [.invalid])
        #expect(only("1e")?.code == .trailingJunkAfterNumber)
    }

    @Test func lexicalErrorsAreCappedForBinaryFiles() {
        // 5,000 separate stray characters: the first 1,000 are kept, the last with a note.
        let d = lex(String(repeating: "{ ", count: 5000)).diagnostics
        #expect(d.count == Lexer.maxDiagnostics)
        #expect(d.last?.notes == [DiagnosticNote("further lexical errors in this file are not reported")])
    }
}
