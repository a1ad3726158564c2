/// Quoted tokens: strings, escape strings, dollar-quoted strings, quoted identifiers.
extension Lexer {
    /// `'it''s'` or, with `escapes`, `E'line\n'`. `position` is at the opening quote.
    /// Two literals separated by whitespace holding a newline are one literal, as in
    /// PostgreSQL (`'a'` newline `'b'` is `'ab'`).
    mutating func scanQuotedString(start: Int, escapes: Bool) -> Token {
        let n = bytes.count
        let open = position
        var piece = open
        var sawHighByte = false
        while true {
            // An escaped quote or backslash does not end anything (`E'...'`).
            let end = QuotedToken.end(in: bytes, open: piece, backslash: escapes ? .escapesQuoteAndBackslash : .literal)
            sawHighByte = scanQuotedBody(piece + 1, end ?? n) || sawHighByte
            guard let end else {
                position = n
                if sawHighByte { validateUTF8(open, n) }
                report(.unterminatedString, "unterminated string literal", open, open + 1,
                       label: "this string is never closed",
                       help: "add the closing `'`; write `''` for a quote inside a string")
                return token(.invalid, from: start)
            }
            position = end
            guard let next = Lexer.continuationQuote(bytes, after: position) else { break }
            piece = next
        }
        if sawHighByte { validateUTF8(open, position) }
        if escapes {
            // Validate the escapes now, so lexing alone reports every lexical error;
            // the parser decodes again when it needs the value.
            var diagnostics: [Diagnostic] = []
            _ = Lexer.decodeEscapeString(bytes, body: (open + 1)..<(position - 1), file: file.id) {
                diagnostics.append($0)
            }
            for d in diagnostics {
                report(d.code, d.message, d.range?.start ?? start, d.range?.end ?? position,
                       label: d.label ?? "", help: d.help ?? "")
            }
        }
        return token(escapes ? .escapeString : .string, from: start)
    }

    /// If the bytes after a closing quote are whitespace holding a newline (and perhaps
    /// `--` comments) and then a quote, the offset of that quote: the literal continues.
    static func continuationQuote(_ bytes: [UInt8], after offset: Int) -> Int? {
        let n = bytes.count
        var i = offset
        var sawNewline = false
        while i < n {
            switch bytes[i] {
            case 0x20, 0x09, 0x0B, 0x0C:
                i += 1
            case 0x0A, 0x0D:
                sawNewline = true
                i += 1
            case UInt8(ascii: "-") where i + 1 < n && bytes[i + 1] == UInt8(ascii: "-"):
                // PostgreSQL's `horiz_whitespace` includes `--` comments.
                while i < n, bytes[i] != 0x0A { i += 1 }
            case UInt8(ascii: "'") where sawNewline:
                return i
            default:
                return nil
            }
        }
        return nil
    }

    /// `"Mixed Case"`; `""` inside is one `"`. `position` is at the opening quote.
    mutating func scanQuotedIdentifier(start: Int) -> Token {
        let n = bytes.count
        let end = QuotedToken.end(in: bytes, open: start, backslash: .literal)
        let sawHighByte = scanQuotedBody(start + 1, end ?? n)
        guard let end else {
            position = n
            if sawHighByte { validateUTF8(start, n) }
            report(.unterminatedQuotedIdentifier, "unterminated quoted identifier", start, start + 1,
                   label: "this name is never closed",
                   help: "add the closing `\"`; write `\"\"` for a double quote inside a name")
            return token(.invalid, from: start)
        }
        position = end
        if sawHighByte { validateUTF8(start, position) }
        if position - start == 2 {
            report(.emptyQuotedIdentifier, "empty quoted identifier", start, position,
                   label: "a name cannot be empty", help: "write the name between the quotes")
        }
        return token(.quotedIdentifier, from: start)
    }

    /// Reports each NUL in `from..<to`, the inside of a quoted token; whether it holds a byte
    /// of a multi-byte character (then the token's UTF-8 is validated).
    mutating func scanQuotedBody(_ from: Int, _ to: Int) -> Bool {
        var sawHighByte = false
        for i in from..<Swift.max(from, to) {
            let b = bytes[i]
            if b >= 0x80 { sawHighByte = true } else if b == 0 { reportNul(at: i) }
        }
        return sawHighByte
    }

    /// `$$body$$` or `$tag$body$tag$`. A `$` that starts neither is reported: `$1`
    /// placeholders have no meaning in a migration script.
    mutating func scanDollar(start: Int) -> Token {
        let n = bytes.count
        var p = start + 1
        if p < n, charClass(bytes[p]).contains(.digit) {
            while p < n, charClass(bytes[p]).contains(.digit) { p += 1 }
            position = p
            report(.unexpectedCharacter, "unexpected parameter `\(file.text(range(start, p)))`", start, p,
                   label: "not part of any token",
                   help: "positional parameters are not supported in a migration; write the value itself")
            return token(.invalid, from: start)
        }
        // The tag: like an identifier, but without `$`.
        if p < n, bytes[p] != UInt8(ascii: "$") {
            if charClass(bytes[p]).contains(.identStart) {
                while p < n, bytes[p] != UInt8(ascii: "$"), charClass(bytes[p]).contains(.identContinue) { p += 1 }
            }
        }
        guard p < n, bytes[p] == UInt8(ascii: "$") else {
            position = start + 1
            report(.unexpectedCharacter, "unexpected character `$`", start, start + 1,
                   label: "not part of any token",
                   help: "a dollar-quoted string starts with `$$` or `$tag$`; otherwise remove the `$`")
            return token(.invalid, from: start)
        }
        let tag = start..<(p + 1)  // `$tag$`, both dollars included
        let tagLength = tag.count
        var i = p + 1
        var sawHighByte = false
        while i < n {
            let b = bytes[i]
            if b == UInt8(ascii: "$"), i + tagLength <= n, bytes[i..<(i + tagLength)].elementsEqual(bytes[tag]) {
                if sawHighByte { validateUTF8(p + 1, i) }
                position = i + tagLength
                return token(.dollarString, from: start)
            }
            if b >= 0x80 { sawHighByte = true } else if b == 0 { reportNul(at: i) }
            i += 1
        }
        position = n
        if sawHighByte { validateUTF8(p + 1, n) }
        let tagText = file.text(range(tag.lowerBound, tag.upperBound))
        report(.unterminatedDollarString, "unterminated dollar-quoted string", tag.lowerBound, tag.upperBound,
               label: "this string is never closed", help: "close it with `\(tagText)`")
        return token(.invalid, from: start)
    }

    /// Reports every maximal run of bytes in `start..<end` that is not UTF-8.
    mutating func validateUTF8(_ start: Int, _ end: Int) {
        for run in UTF8Validation.invalidRuns(bytes, start..<end) {
            report(.invalidUTF8, "invalid UTF-8 in the source", run.lowerBound, run.upperBound,
                   label: run.count == 1 ? "this byte is not UTF-8" : "these bytes are not UTF-8",
                   help: "save the file as UTF-8; to write arbitrary bytes use an `E'\\xHH'` string")
        }
    }
}

enum UTF8Validation {
    /// The byte runs in `range` that are not well-formed UTF-8 (overlong forms,
    /// surrogates and code points above U+10FFFF included).
    static func invalidRuns(_ bytes: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length = sequenceLength(bytes, at: i, end: end)
            if length > 0 {
                i += length
                continue
            }
            if let last = runs.last, last.upperBound == i {
                runs[runs.count - 1] = last.lowerBound..<(i + 1)
            } else {
                runs.append(i..<(i + 1))
            }
            i += 1
        }
        return runs
    }

    /// Length of the well-formed sequence starting at `i`, or 0.
    static func sequenceLength(_ bytes: [UInt8], at i: Int, end: Int) -> Int {
        let b = bytes[i]
        let need: Int
        var scalar: UInt32
        let minimum: UInt32
        switch b {
        case 0xC0...0xDF: need = 1; scalar = UInt32(b & 0x1F); minimum = 0x80
        case 0xE0...0xEF: need = 2; scalar = UInt32(b & 0x0F); minimum = 0x800
        case 0xF0...0xF7: need = 3; scalar = UInt32(b & 0x07); minimum = 0x10000
        default: return b < 0x80 ? 1 : 0
        }
        guard i + need < end else { return 0 }
        for k in 1...need {
            let c = bytes[i + k]
            guard c & 0xC0 == 0x80 else { return 0 }
            scalar = scalar << 6 | UInt32(c & 0x3F)
        }
        guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else { return 0 }
        return need + 1
    }

    static func isValid(_ bytes: [UInt8]) -> Bool {
        invalidRuns(bytes, 0..<bytes.count).isEmpty
    }
}
