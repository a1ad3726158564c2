import SQLPort
/// Reading a URL (RFC 3986's generic syntax), strict wherever a lenient reading could send a
/// password to the wrong place or print it:
///
/// - the authority ends at the first `/`, `?` or `#`; a raw `/`, `?` or `#` in a password would
///   cut it there and leave an `@` after the host, which is refused;
/// - the userinfo ends at the authority's `@`; more than one `@` is refused (`%40`), and so is a
///   raw `:` in the password (`%3A`) and any character a URL must percent-encode;
/// - errors never quote the URL's text: they say which part is wrong and show the URL with its
///   password masked, or — when no single `@` locates the password — nothing of it.
extension DatabaseURL {
    public init(parsing text: String) throws {
        self = try Self.parse(text).url
    }

    /// `text` as it may be shown: the password replaced by `***` where the URL locates it, only
    /// the scheme where it is too malformed to tell, unchanged when it holds no user part.
    /// For echoing what the user typed (a URL given where a file was expected, say).
    public static func masked(_ text: String) -> String {
        do {
            return try parse(text).masked ?? text
        } catch let error as InvalidDatabaseURL {
            if let masked = error.masked { return masked }
            let scheme = text.prefix { $0 != ":" }
            return text.contains(":") && URLBytes.isScheme(Array(scheme.utf8)[...]) ? "\(scheme):…" : "…"
        } catch {
            return "…"
        }
    }

    /// The URL, and its text with the password masked when it has a user part.
    private static func parse(_ text: String) throws -> (url: DatabaseURL, masked: String?) {
        let bytes = Array(text.utf8)[...]
        guard let colon = bytes.firstIndex(of: ascii(":")), URLBytes.isScheme(bytes[..<colon]) else {
            throw InvalidDatabaseURL("it does not start with a scheme", help: Self.shapes)
        }
        let scheme = URLBytes.string(bytes[..<colon]).lowercased()
        let rest = bytes[(colon + 1)...]
        guard let engine = DatabaseEngines.all.first(where: { $0.schemes.contains(scheme) }) else {
            throw InvalidDatabaseURL("unknown scheme `\(scheme)`", help: Self.shapes)
        }
        if engine.isFile { return (try sqlite(rest), nil) }
        let kind = engine.dialects[0]
        guard rest.starts(with: "//".utf8) else {
            throw InvalidDatabaseURL("`\(scheme):` must be followed by `//`", help: Self.shapes)
        }
        let hierarchy = rest.dropFirst(2)
        let authorityEnd = hierarchy.firstIndex { [ascii("/"), ascii("?"), ascii("#")].contains($0) } ?? hierarchy.endIndex
        let authority = hierarchy[..<authorityEnd]
        let tail = hierarchy[authorityEnd...]
        if tail.contains(ascii("@")) {
            throw InvalidDatabaseURL("an `@` after the host", help: "a `/`, `?` or `#` in a user name or password must be percent-encoded: %2F, %3F, %23")
        }
        if authority.filter({ $0 == ascii("@") }).count > 1 {
            throw InvalidDatabaseURL("more than one `@` before the host", help: "an `@` in a user name or password must be percent-encoded as %40")
        }
        if tail.contains(ascii("?")) || tail.contains(ascii("#")) {
            throw InvalidDatabaseURL("query parameters (`?`) and fragments (`#`) are not supported",
                                     help: "name the database in the path; a `?` or `#` in a password must be percent-encoded: %3F, %23")
        }

        var user: String?
        var password: String?
        var hostPort = authority
        var masked: String?
        if let at = authority.firstIndex(of: ascii("@")) {
            let info = authority[..<at]
            hostPort = authority[(at + 1)...]
            let colon = info.firstIndex(of: ascii(":"))
            let userText = info[..<(colon ?? info.endIndex)]
            masked = "\(scheme)://\(URLBytes.string(userText))\(colon == nil ? "" : ":***")@\(URLBytes.string(hostPort))\(URLBytes.string(tail))"
            user = try URLBytes.decoded(userText, "the user name", allowing: URLBytes.isUserInfo, masked: masked)
            if let colon {
                let secret = info[(colon + 1)...]
                if secret.contains(ascii(":")) {
                    throw InvalidDatabaseURL("the password holds a `:` that is not percent-encoded", help: "write a `:` in a password as %3A", masked: masked)
                }
                password = try URLBytes.decoded(secret, "the password", allowing: URLBytes.isUserInfo, masked: masked)
            }
            if user == "" { user = nil }
        }

        let (host, portText) = try host(hostPort, masked: masked)
        var port: Int?
        if let portText {
            guard (1...5).contains(portText.count), portText.allSatisfy(URLBytes.isDigit),
                  let number = Int(URLBytes.string(portText)), (1...65535).contains(number) else {
                throw InvalidDatabaseURL("the port is not a number from 1 to 65535",
                                         help: "write host:port, e.g. 127.0.0.1:5432; a password goes before an `@`: user:password@host", masked: masked)
            }
            port = number
        }
        var database = ""
        if tail.first == ascii("/") {
            database = try URLBytes.decoded(tail.dropFirst(), "the database name", allowing: URLBytes.isPath, masked: masked)
        }
        return (DatabaseURL(kind: kind, host: host ?? "127.0.0.1", port: port, user: user, password: password, database: database), masked)
    }

    static let shapes = "write postgresql://user:password@host:port/database, mariadb://... (or mysql://...), or sqlite:PATH"

    /// The host (`nil`: none written) and the port's text (`nil`: none written).
    private static func host(_ text: ArraySlice<UInt8>, masked: String?) throws -> (String?, ArraySlice<UInt8>?) {
        let ipv6Help = "write an IPv6 address in brackets, e.g. [::1]:5432"
        if text.first == ascii("[") {
            guard let close = text.firstIndex(of: ascii("]")) else {
                throw InvalidDatabaseURL("unterminated `[` in the host", help: ipv6Help, masked: masked)
            }
            let address = text[(text.startIndex + 1)..<close]
            guard !address.isEmpty, address.allSatisfy({ URLBytes.isHexDigit($0) || $0 == ascii(":") || $0 == ascii(".") }) else {
                throw InvalidDatabaseURL("the IPv6 address in brackets holds something other than hex digits, `:` and `.`", help: ipv6Help, masked: masked)
            }
            let after = text[(close + 1)...]
            guard after.isEmpty || after.first == ascii(":") else {
                throw InvalidDatabaseURL("unexpected text after `]`", help: ipv6Help, masked: masked)
            }
            return (URLBytes.string(address), after.isEmpty ? nil : after.dropFirst())
        }
        let colon = text.firstIndex(of: ascii(":"))
        let name = text[..<(colon ?? text.endIndex)]
        guard name.allSatisfy(URLBytes.isRegName) else {
            throw InvalidDatabaseURL("the host holds a character a host name cannot", help: "write a host name, an IPv4 address, or an IPv6 address in brackets", masked: masked)
        }
        return (name.isEmpty ? nil : URLBytes.string(name), colon.map { text[($0 + 1)...] })
    }

    /// `sqlite:PATH`, `sqlite:///abs/PATH`, `sqlite://rel` (no host part exists for a file).
    private static func sqlite(_ rest: ArraySlice<UInt8>) throws -> DatabaseURL {
        var path = rest
        if path.starts(with: "//".utf8) { path = path.dropFirst(2) }
        guard !path.isEmpty else {
            throw InvalidDatabaseURL("`sqlite:` needs a file path", help: "write sqlite:PATH, e.g. sqlite:app.db or sqlite:/var/lib/app.db")
        }
        // The file's path is printed in errors, so a `user:password@host` shape is refused unread.
        if path.prefix(while: { $0 != ascii("/") }).contains(ascii("@")) {
            throw InvalidDatabaseURL("a `sqlite:` URL names a file, not a user and a host",
                                     help: "write sqlite:PATH; for a file whose name holds `@`, write sqlite:./NAME")
        }
        return DatabaseURL(kind: .sqlite, host: "", port: 0, user: "", path: URLBytes.string(path))
    }
}

private func ascii(_ character: Unicode.Scalar) -> UInt8 { UInt8(ascii: character) }

/// RFC 3986's character classes and percent-decoding, on the URL's UTF-8 bytes.
enum URLBytes {
    static func string(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }

    static func isDigit(_ b: UInt8) -> Bool { (ascii("0")...ascii("9")).contains(b) }
    static func isAlpha(_ b: UInt8) -> Bool { (ascii("a")...ascii("z")).contains(b | 0x20) }
    static func isHexDigit(_ b: UInt8) -> Bool { hexValue(b) != nil }
    static func isUnreserved(_ b: UInt8) -> Bool { isAlpha(b) || isDigit(b) || "-._~".utf8.contains(b) }
    static func isSubDelim(_ b: UInt8) -> Bool { "!$&'()*+,;=".utf8.contains(b) }
    /// A user name or password, once `:` and `@` are split off; `%` starts an escape.
    static func isUserInfo(_ b: UInt8) -> Bool { isUnreserved(b) || isSubDelim(b) || b == ascii("%") }
    static func isRegName(_ b: UInt8) -> Bool { isUnreserved(b) || isSubDelim(b) }
    /// The path after the host (the database name): pchar and `/`, less the `@` refused earlier.
    static func isPath(_ b: UInt8) -> Bool { isUserInfo(b) || b == ascii(":") || b == ascii("/") }

    static func isScheme(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let first = bytes.first, isAlpha(first), bytes.count <= 20 else { return false }
        return bytes.allSatisfy { isAlpha($0) || isDigit($0) || "+-.".utf8.contains($0) }
    }

    /// `bytes` percent-decoded into text, or an error naming `part` (never quoting it).
    static func decoded(_ bytes: ArraySlice<UInt8>, _ part: String, allowing allowed: (UInt8) -> Bool,
                        masked: String?) throws -> String {
        guard bytes.allSatisfy(allowed) else {
            throw InvalidDatabaseURL("\(part) holds a character that must be percent-encoded",
                                     help: "percent-encode it: a space as %20, `/` as %2F, `@` as %40, `:` as %3A, `#` as %23, `%` as %25", masked: masked)
        }
        var out: [UInt8] = []
        var rest = bytes
        while let byte = rest.popFirst() {
            guard byte == ascii("%") else { out.append(byte); continue }
            guard rest.count >= 2, let high = hexValue(rest[rest.startIndex]), let low = hexValue(rest[rest.startIndex + 1]) else {
                throw InvalidDatabaseURL("bad percent-escape in \(part)", help: "`%` must be followed by two hex digits; write a `%` itself as %25", masked: masked)
            }
            out.append(high << 4 | low)
            rest = rest.dropFirst(2)
        }
        if out.contains(0) {
            throw InvalidDatabaseURL("\(part) holds a NUL byte (%00)", help: "no database accepts one in \(part)", masked: masked)
        }
        guard let text = String(validating: out, as: UTF8.self) else {
            throw InvalidDatabaseURL("\(part) is not UTF-8 once percent-decoded", help: "percent-encode each character's UTF-8 bytes, e.g. `ä` as %C3%A4", masked: masked)
        }
        return text
    }

    /// `text` with every byte `keeping` rejects written as `%XX`.
    static func encoded(_ text: String, keeping: (UInt8) -> Bool) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        for b in text.utf8 {
            if keeping(b) { out.append(b) } else { out += [ascii("%"), digits[Int(b >> 4)], digits[Int(b & 15)]] }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case ascii("0")...ascii("9"): return b - ascii("0")
        case ascii("a")...ascii("f"): return b - ascii("a") + 10
        case ascii("A")...ascii("F"): return b - ascii("A") + 10
        default: return nil
        }
    }
}
