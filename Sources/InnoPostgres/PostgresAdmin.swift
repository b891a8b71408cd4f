import Foundation
import InnoCore
import PostgresNIO

/// Statements run as the URL's role outside the store: for the tests (a database of their
/// own, a fault put in on purpose) and the benchmark.
public enum PostgresAdmin {
    /// Runs statements separated by `;` (no parameters) in the database of `url`.
    public static func execute(_ sql: String, url: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(StoreError) {
        let session = try session(url, environment: environment)
        try session.script(sql)
    }

    /// Creates the database `name` on the server of `url` (the role needs CREATEDB) and
    /// returns its URL.
    public static func createDatabase(_ name: String, besides url: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(StoreError) -> String {
        try execute("CREATE DATABASE \"\(name)\"", url: url, environment: environment)
        var location = try parse(url, environment: environment)
        location.database = name
        return location.url
    }

    /// Drops the database `name`, closing whatever connections it still has.
    public static func dropDatabase(_ name: String, besides url: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(StoreError) {
        try execute("DROP DATABASE IF EXISTS \"\(name)\" WITH (FORCE)", url: url, environment: environment)
    }

    private static func parse(_ url: String, environment: [String: String]) throws(StoreError) -> PostgresLocation {
        do {
            return try PostgresLocation.parse(url, environment: environment)
        } catch {
            throw StoreError(error.message)
        }
    }

    private static func session(_ url: String, environment: [String: String]) throws(StoreError) -> PostgresSession {
        let location = try parse(url, environment: environment)
        let session = PostgresSession(location: location, password: PasswordFile.password(for: location, environment: environment).password)
        try session.connect()
        return session
    }
}
