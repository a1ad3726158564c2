/// The one scanner of quoted tokens (`'strings'`, `"names"`, `` `names` ``) that the lexer,
/// the dump lexer and the dialect detector share: where a token ends, a doubled closing quote
/// standing for one inside it.
enum QuotedToken {
    /// What a backslash inside the token does.
    enum Backslash {
        /// Nothing: standard strings and quoted names.
        case literal
        /// Escapes a following quote or backslash (PostgreSQL's `E'...'`; other escapes are
        /// ordinary bytes as far as the end of the token is concerned).
        case escapesQuoteAndBackslash
        /// Escapes whatever byte follows (MySQL strings).
        case escapesAnyByte
    }

    /// The offset just past the closing quote of the token whose opening quote is at `open`
    /// (the quote it opens with is the one that closes it), or nil when the bytes end first.
    static func end(in bytes: [UInt8], open: Int, backslash: Backslash) -> Int? {
        let close = bytes[open], n = bytes.count
        var i = open + 1
        while i < n {
            let b = bytes[i]
            if b == close {
                if i + 1 < n, bytes[i + 1] == close { i += 2; continue }
                return i + 1
            }
            if b == UInt8(ascii: "\\"), i + 1 < n {
                switch backslash {
                case .literal: break
                case .escapesQuoteAndBackslash:
                    if bytes[i + 1] == close || bytes[i + 1] == UInt8(ascii: "\\") { i += 2; continue }
                case .escapesAnyByte:
                    i += 2
                    continue
                }
            }
            i += 1
        }
        return nil
    }
}
