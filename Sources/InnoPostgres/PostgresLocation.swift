import Foundation

/// Where a team database is, read from a `postgres://` URL the way libpq reads one:
/// `postgres://USER@HOST[:PORT]/DB[?sslmode=…]`. A host that is a path (`%2Fvar%2Frun%2Fpostgresql`,
/// or `?host=/var/run/postgresql`) is the folder of the server's Unix socket; no host is the
/// usual socket folder. The password never comes from the URL (it would end up in shell
/// histories and process lists): `PGPASSWORD` or `~/.pgpass` give it (`PasswordFile`).
public struct PostgresLocation: Sendable, Equatable, CustomStringConvertible {
    /// How the connection is encrypted, as libpq's `sslmode` says.
    public enum TLSMode: String, Sendable, Equatable, CaseIterable {
        /// Never TLS.
        case disable
        /// TLS when the server offers it, else not: libpq's default.
        case prefer
        /// TLS, or no connection; the server's certificate is not checked (as libpq's `require`).
        case require
        /// TLS with the server's certificate checked against the root certificate
        /// (`rootCertificate`).
        case verifyCA = "verify-ca"
        /// As `verifyCA`, and the certificate must name the host.
        case verifyFull = "verify-full"
    }

    public var user: String
    /// The host name or address; nil for a Unix socket.
    public var host: String?
    /// The folder of the server's Unix socket (`.s.PGSQL.PORT` in it); nil for TCP.
    public var socketFolder: String?
    public var port: Int
    public var database: String
    public var tls: TLSMode
    /// The certificate of the authority that `verify-ca` and `verify-full` check the server's
    /// against, as libpq finds it: `sslrootcert=` in the URL, else `PGSSLROOTCERT`, else
    /// `~/.postgresql/root.crt`; `system` means the system's authorities.
    public var rootCertificate: String?

    /// The socket folder Debian's and most Linux builds of PostgreSQL use.
    public static let defaultSocketFolder = "/var/run/postgresql"

    /// The Unix socket's path, for a socket connection.
    public var socketPath: String? {
        socketFolder.map { ($0.hasSuffix("/") ? $0 : $0 + "/") + ".s.PGSQL.\(port)" }
    }

    /// The URL again, without anything secret: how messages name the database.
    public var description: String {
        let place = host.map { $0.contains(":") ? "[\($0)]" : $0 } ?? ""
        var text = "postgres://\(user)@\(place):\(port)/\(database)"
        if let socketFolder { text += "?host=\(socketFolder)" }
        return text
    }

    /// The URL that reads back as this location (no password: there is none to write).
    public var url: String {
        var text = "postgres://\(user.addingPercentEncoding(withAllowedCharacters: .urlUserAllowed) ?? user)@"
        if let host { text += host.contains(":") ? "[\(host)]" : host }
        text += ":\(port)/\(database.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? database)?sslmode=\(tls.rawValue)"
        if let socketFolder { text += "&host=\(socketFolder.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? socketFolder)" }
        if let rootCertificate, tls == .verifyCA || tls == .verifyFull {
            text += "&sslrootcert=\(rootCertificate.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? rootCertificate)"
        }
        return text
    }

    /// Whether a `--db` value names a PostgreSQL server rather than an SQLite file.
    public static func isURL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Reads a URL. `environment` gives `PGUSER` (else `USER`) when the URL names no user, and
    /// `PGSSLMODE` when it gives no `sslmode`.
    public static func parse(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(LocationError) -> PostgresLocation {
        guard let schemeEnd = text.range(of: "://"), isURL(text) else {
            throw LocationError("\(text) is not a postgres:// URL; write postgres://USER@HOST[:PORT]/DATABASE")
        }
        var rest = Substring(text[schemeEnd.upperBound...])
        var query = ""
        if let mark = rest.firstIndex(of: "?") {
            query = String(rest[rest.index(after: mark)...])
            rest = rest[..<mark]
        }
        var authority = rest
        var path = Substring("")
        if let slash = rest.firstIndex(of: "/") {
            authority = rest[..<slash]
            path = rest[rest.index(after: slash)...]
        }
        var userPart: Substring?
        var hostPart = authority
        if let at = authority.lastIndex(of: "@") {
            userPart = authority[..<at]
            hostPart = authority[authority.index(after: at)...]
        }
        if let userPart, userPart.contains(":") {
            throw LocationError("the database URL holds a password; leave it out (postgres://USER@HOST/DATABASE) and give it in PGPASSWORD or in ~/.pgpass (HOST:PORT:DATABASE:USER:PASSWORD, readable by you only), as psql reads it")
        }
        var host: String?
        var port: Int?
        if hostPart.hasPrefix("[") {
            guard let close = hostPart.firstIndex(of: "]") else { throw LocationError("\(text): an IPv6 address needs its closing ]") }
            host = String(hostPart[hostPart.index(after: hostPart.startIndex)..<close])
            let after = hostPart[hostPart.index(after: close)...]
            if after.hasPrefix(":") { port = try portNumber(after.dropFirst(), in: text) }
        } else if let colon = hostPart.lastIndex(of: ":") {
            host = String(hostPart[..<colon])
            port = try portNumber(hostPart[hostPart.index(after: colon)...], in: text)
        } else if !hostPart.isEmpty {
            host = String(hostPart)
        }
        if let encoded = host { host = try decode(encoded, in: text) }
        var tls: TLSMode?
        var rootCertificate = environment["PGSSLROOTCERT"] ?? environment["HOME"].map { $0 + "/.postgresql/root.crt" }
        for pair in query.split(separator: "&") where !pair.isEmpty {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = String(parts[0]), value = try decode(parts.count > 1 ? String(parts[1]) : "", in: text)
            switch key {
            case "sslmode":
                guard let mode = TLSMode(rawValue: value) else {
                    throw LocationError("sslmode=\(value) is not one innodash knows; give disable, prefer (the default), require, verify-ca or verify-full")
                }
                tls = mode
            case "sslrootcert": rootCertificate = value
            case "host": host = value
            case "port": port = try portNumber(Substring(value), in: text)
            case "user": userPart = Substring(value)
            case "dbname": path = Substring(value)
            case "password":
                throw LocationError("the database URL holds a password; leave it out and give it in PGPASSWORD or in ~/.pgpass (HOST:PORT:DATABASE:USER:PASSWORD, readable by you only), as psql reads it")
            case "connect_timeout", "application_name": break
            default: throw LocationError("\(key)= in the database URL is not a setting innodash knows; it reads sslmode, sslrootcert, host, port, user and dbname")
            }
        }
        var user = environment["PGUSER"] ?? environment["USER"] ?? "postgres"
        if let userPart { user = try decode(String(userPart), in: text) }
        let database = try decode(String(path), in: text)
        guard !database.isEmpty else { throw LocationError("\(text) names no database; write postgres://USER@HOST[:PORT]/DATABASE") }
        guard !user.isEmpty else { throw LocationError("\(text) names no user; write postgres://USER@HOST[:PORT]/DATABASE") }
        if tls == nil, let mode = environment["PGSSLMODE"] { tls = TLSMode(rawValue: mode) }
        var socketFolder: String?
        if host == nil || host!.isEmpty {
            socketFolder = defaultSocketFolder
            host = nil
        } else if host!.hasPrefix("/") {
            socketFolder = host
            host = nil
        }
        return PostgresLocation(user: user, host: host, socketFolder: socketFolder, port: port ?? 5432, database: database, tls: tls ?? .prefer,
                                rootCertificate: rootCertificate)
    }

    private static func portNumber(_ text: Substring, in url: String) throws(LocationError) -> Int {
        guard let port = Int(text), (1...65535).contains(port) else { throw LocationError("\(url): the port \"\(text)\" is not a number from 1 to 65535") }
        return port
    }

    private static func decode(_ text: String, in url: String) throws(LocationError) -> String {
        guard let decoded = text.removingPercentEncoding else { throw LocationError("\(url) has a broken %-escape") }
        return decoded
    }
}

/// A database URL that cannot be used, with how to write it.
public struct LocationError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
