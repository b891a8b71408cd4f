import Foundation

/// The password of a connection, found as libpq finds it: `PGPASSWORD`, else the first
/// matching line of the password file (`PGPASSFILE`, else `~/.pgpass`), whose lines are
/// `hostname:port:database:username:password` with `*` matching anything and `\:` and `\\`
/// escaping. As libpq does, a file that others may read is ignored, with a warning.
public enum PasswordFile {
    /// What the search found: the password, if any, and a warning to show.
    public struct Lookup: Sendable, Equatable {
        public var password: String?
        public var warning: String?
    }

    public static func password(for location: PostgresLocation, environment: [String: String] = ProcessInfo.processInfo.environment) -> Lookup {
        if let password = environment["PGPASSWORD"], !password.isEmpty { return Lookup(password: password) }
        let path = environment["PGPASSFILE"] ?? (environment["HOME"].map { $0 + "/.pgpass" } ?? NSHomeDirectory() + "/.pgpass")
        var status = stat()
        guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return Lookup() }
        if status.st_mode & 0o077 != 0 {
            return Lookup(warning: "\(path) is readable by others, so it is not used (as psql does not); make it yours only: chmod 600 \(path)")
        }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return Lookup() }
        // libpq matches a Unix socket in the default folder as `localhost`.
        let host = location.host ?? (location.socketFolder == PostgresLocation.defaultSocketFolder ? "localhost" : location.socketFolder ?? "localhost")
        return Lookup(password: match(text, host: host, port: location.port, database: location.database, user: location.user))
    }

    /// The password of the first line of `text` that matches.
    public static func match(_ text: String, host: String, port: Int, database: String, user: String) -> String? {
        let wanted = [host, String(port), database, user]
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = split(line)
            guard fields.count == 5 else { continue }
            if zip(fields, wanted).allSatisfy({ $0.0 == "*" || $0.0 == $0.1 }) { return fields[4] }
        }
        return nil
    }

    /// The fields of a line, split at `:` not escaped by `\`.
    static func split(_ line: Substring) -> [String] {
        var fields: [String] = [], field = "", escaped = false
        for character in line {
            if escaped {
                field.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" && fields.count < 4 {
                fields.append(field)
                field = ""
            } else {
                field.append(character)
            }
        }
        fields.append(field)
        return fields
    }
}
