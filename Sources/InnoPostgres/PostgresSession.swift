import Foundation
import InnoCore
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO

/// One connection to the server, used synchronously: the store's protocols are synchronous,
/// so each statement is sent on postgres-nio's event loop (one thread of its own for the
/// process) and the calling thread waits for its answer, never longer than a timeout. A
/// connection that was lost (the server restarted) is opened again by the next statement
/// outside a transaction.
///
/// The caller's thread blocks while it waits: it must not be an event loop's, and should not
/// be one of Swift's cooperative threads for long (the store's calls are short).
final class PostgresSession {
    /// The event loop every connection of the process runs on.
    static let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)

    let location: PostgresLocation
    private let password: String?
    /// How long connecting (with its handshake and login) may take.
    let connectTimeout: TimeAmount
    /// How long one statement may take.
    let statementTimeout: TimeAmount
    private var connection: PostgresConnection?
    private var inTransaction = false
    /// What `LISTEN` hears on this session's connections.
    let notifications = Notifications()
    /// The server process of the current connection: its own `NOTIFY`s come back with it.
    private(set) var backendPID: Int32 = 0
    private let logger = Logger(label: "innodash.postgres", factory: { _ in SwiftLogNoOpLogHandler() })

    /// The channel each change notifies in the same transaction.
    static let channel = "innodash_changes"

    init(location: PostgresLocation, password: String?, connectTimeout: TimeAmount = .seconds(5), statementTimeout: TimeAmount = .seconds(60)) {
        self.location = location
        self.password = password
        self.connectTimeout = connectTimeout
        self.statementTimeout = statementTimeout
    }

    deinit {
        // Closed before it goes (postgres-nio asserts that a connection is closed first).
        if let connection, !connection.isClosed { _ = try? connection.close().wait() }
    }

    /// Whether a connection is open.
    var isConnected: Bool { connection.map { !$0.isClosed } ?? false }

    /// Connects now (when not connected): the first call tells at once whether the server,
    /// the role and the database are there.
    func connect() throws(StoreError) {
        if let connection, !connection.isClosed { return }
        connection = nil
        let configuration: PostgresConnection.Configuration
        do {
            configuration = try makeConfiguration()
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError("cannot set up TLS for \(location): \(error)")
        }
        let eventLoop = Self.group.next()
        let future = PostgresConnection.connect(on: eventLoop, configuration: configuration, id: 1, logger: logger)
        let connection = try wait(for: future, timeout: connectTimeout, doing: .connecting)
        self.connection = connection
        let notifications = self.notifications
        connection.addListener(channel: Self.channel) { _, message in
            notifications.heard(from: message.backendPID)
        }
        do {
            let rows = try wait(for: connection.query("SELECT pg_backend_pid()", logger: logger), timeout: statementTimeout, doing: .reading).rows
            backendPID = try rows.first?.decode(Int32.self) ?? 0
        } catch let error as StoreError {
            throw error
        } catch {
            throw PostgresErrorMessage.storeError(error, location: location, doing: .reading)
        }
        notifications.ownPID = backendPID
        // Whatever happened while there was no connection was not heard: count it as a change.
        notifications.reconnected()
    }

    private func makeConfiguration() throws -> PostgresConnection.Configuration {
        var configuration: PostgresConnection.Configuration
        if let socket = location.socketPath {
            configuration = .init(unixSocketPath: socket, username: location.user, password: password, database: location.database)
        } else {
            let tls: PostgresConnection.Configuration.TLS
            switch location.tls {
            case .disable:
                tls = .disable
            case .prefer, .require:
                // As libpq: encrypted, the certificate not checked (verify-ca/-full check it).
                var settings = TLSConfiguration.makeClientConfiguration()
                settings.certificateVerification = .none
                let context = try NIOSSLContext(configuration: settings)
                tls = location.tls == .prefer ? .prefer(context) : .require(context)
            case .verifyCA, .verifyFull:
                var settings = TLSConfiguration.makeClientConfiguration()
                settings.certificateVerification = location.tls == .verifyFull ? .fullVerification : .noHostnameVerification
                if location.rootCertificate != "system" {
                    settings.trustRoots = .certificates(try rootCertificates())
                }
                tls = .require(try NIOSSLContext(configuration: settings))
            }
            configuration = .init(host: location.host ?? "localhost", port: location.port, username: location.user,
                                  password: password, database: location.database, tls: tls)
        }
        configuration.options.connectTimeout = connectTimeout
        configuration.options.additionalStartupParameters = [("application_name", "innodash")]
        return configuration
    }

    /// The authority's certificates `verify-ca` and `verify-full` check the server's against,
    /// read now so that a wrong file is told as such (not as a failed handshake).
    private func rootCertificates() throws(StoreError) -> [NIOSSLCertificate] {
        let mode = "sslmode=\(location.tls.rawValue) checks the server's certificate against the authority's"
        let hint = "give the authority's certificate (PEM) with sslrootcert=FILE in the URL (or PGSSLROOTCERT), sslrootcert=system for the system's authorities, or use sslmode=require to encrypt without checking"
        var isFolder: ObjCBool = false
        guard let root = location.rootCertificate, FileManager.default.fileExists(atPath: root, isDirectory: &isFolder),
              FileManager.default.isReadableFile(atPath: root) else {
            throw StoreError("\(mode), and \(location.rootCertificate ?? "~/.postgresql/root.crt") cannot be read; \(hint)")
        }
        guard !isFolder.boolValue else { throw StoreError("\(mode), and \(root) is a folder, not a certificate file; \(hint)") }
        guard let certificates = try? NIOSSLCertificate.fromPEMFile(root), !certificates.isEmpty else {
            throw StoreError("\(mode), and \(root) holds no certificate in PEM form (-----BEGIN CERTIFICATE-----); \(hint)")
        }
        return certificates
    }

    /// Runs one statement and returns its rows. Outside a transaction, a lost connection is
    /// opened again first.
    @discardableResult
    func query(_ query: PostgresQuery, doing action: PostgresErrorMessage.Action = .reading) throws(StoreError) -> [PostgresRow] {
        if connection?.isClosed ?? true {
            if inTransaction { throw StoreError(PostgresErrorMessage.lostConnection(location), isUnreachable: true) }
            try connect()
        }
        return try wait(for: connection!.query(query, logger: logger), timeout: statementTimeout, doing: action).rows
    }

    /// Runs statements separated by `;` at the end of a line, one after the other (each
    /// statement sent on its own: the extended protocol takes one at a time), as the
    /// schema's migrations are written. A `;` inside a `$$` body ends no statement.
    func script(_ sql: String, doing action: PostgresErrorMessage.Action = .migrating) throws(StoreError) {
        for statement in Self.statements(sql) {
            try query(PostgresQuery(unsafeSQL: statement), doing: action)
        }
    }

    static func statements(_ sql: String) -> [String] {
        var statements: [String] = [], current = "", inBody = false
        for line in sql.split(separator: "\n", omittingEmptySubsequences: false) {
            current += line + "\n"
            if line.components(separatedBy: "$$").count % 2 == 0 { inBody.toggle() }
            if !inBody, line.trimmingCharacters(in: .whitespaces).hasSuffix(";") {
                statements.append(current)
                current = ""
            }
        }
        if !current.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { statements.append(current) }
        return statements.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// Runs `body` in one transaction: all of it or, when it throws, none.
    func transaction<T>(doing action: PostgresErrorMessage.Action = .writing, _ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        try query("BEGIN", doing: action)
        inTransaction = true
        defer { inTransaction = false }
        let result: T
        do {
            result = try body()
            try query("COMMIT", doing: action)
        } catch {
            if let connection, !connection.isClosed {
                _ = try? self.wait(for: connection.query("ROLLBACK", logger: logger), timeout: statementTimeout, doing: action)
            }
            throw error
        }
        return result
    }

    /// Waits for `future` on this (non-event-loop) thread, at most `timeout`. A timeout closes
    /// the connection: what the server does with the statement is no longer known.
    private func wait<T: Sendable>(for future: EventLoopFuture<T>, timeout: TimeAmount, doing action: PostgresErrorMessage.Action) throws(StoreError) -> T {
        let promise = future.eventLoop.makePromise(of: T.self)
        future.cascade(to: promise)
        let timer = future.eventLoop.scheduleTask(in: timeout) { promise.fail(TimedOut()) }
        do {
            let value = try promise.futureResult.wait()
            timer.cancel()
            return value
        } catch is TimedOut {
            if let connection { connection.close().whenComplete { _ in _ = connection } }
            connection = nil
            throw StoreError("the PostgreSQL server at \(location) did not answer within \(timeout.nanoseconds / 1_000_000_000) s; check that it is up and reachable, then try again", isUnreachable: true)
        } catch {
            timer.cancel()
            if let connection, connection.isClosed { self.connection = nil }
            throw PostgresErrorMessage.storeError(error, location: location, doing: action)
        }
    }

    private struct TimedOut: Error {}
}

/// What `LISTEN` heard: the number of notifications from other connections since the
/// store last asked, and who to wake when one comes (the dashboard's run loop).
final class Notifications: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    private var _ownPID: Int32 = 0
    private var _onNotification: (@Sendable () -> Void)?

    var ownPID: Int32 {
        get { lock.withLock { _ownPID } }
        set { lock.withLock { _ownPID = newValue } }
    }

    var onNotification: (@Sendable () -> Void)? {
        get { lock.withLock { _onNotification } }
        set { lock.withLock { _onNotification = newValue } }
    }

    func heard(from pid: Int32) {
        let wake: (@Sendable () -> Void)? = lock.withLock {
            guard pid != _ownPID else { return nil }
            count += 1
            return _onNotification
        }
        wake?()
    }

    func reconnected() {
        lock.withLock { count += 1 }
    }

    /// Whether anything was heard since the last call; forgets it.
    func take() -> Bool {
        lock.withLock {
            defer { count = 0 }
            return count > 0
        }
    }

    /// Forgets what was heard (the first connection's own start).
    func reset() {
        lock.withLock { count = 0 }
    }
}
