import Foundation
import InnoCore
import NIOCore
import NIOSSL
import PostgresNIO

/// Each failure of the server, the network or the login as ONE line that says what went
/// wrong and what to do: wrong password, unknown database, TLS required or refused, the
/// server unreachable, a role that may read but not write.
public enum PostgresErrorMessage {
    /// What the store was doing, for the words of a refusal.
    public enum Action: Sendable {
        case connecting, reading, writing, migrating
    }

    static func lostConnection(_ location: PostgresLocation) -> String {
        "the connection to the PostgreSQL server at \(location) was lost (the server restarted or the network failed); nothing of this change was saved; try again when the server is back"
    }

    /// The store's error for a failure: its one line, and whether the server could not be
    /// reached (then the same change may succeed later, and the dashboard tries it again).
    static func storeError(_ error: any Error, location: PostgresLocation, doing action: Action) -> StoreError {
        StoreError(describe(error, location: location, doing: action), isUnreachable: isUnreachable(error))
    }

    /// The server down, restarting, out of connections or cut off: not a refusal of the change.
    static func isUnreachable(_ error: any Error) -> Bool {
        guard let error = error as? PSQLError else { return !isTLS(error) }
        if let underlying = error.underlying, isTLS(underlying) { return false }
        if let state = error.serverInfo?[.sqlState] {
            let message = error.serverInfo?[.message] ?? ""
            return state.hasPrefix("08") || ["57P01", "57P02", "57P03", "53300"].contains(state)
                || (state == "55000" && message.contains("not currently accepting connections"))
        }
        return [.serverClosedConnection, .uncleanShutdown, .clientClosedConnection, .connectionError].contains(error.code)
    }

    static func describe(_ error: any Error, location: PostgresLocation, doing action: Action) -> String {
        let place = location.socketPath.map { "the socket \($0)" } ?? "\(location.host ?? "localhost"):\(location.port)"
        if let error = error as? PSQLError {
            if let state = error.serverInfo?[.sqlState] {
                let message = error.serverInfo?[.message] ?? ""
                return server(state: state, message: message, location: location, place: place, action: action)
            }
            switch error.code {
            case .sslUnsupported:
                return "the PostgreSQL server at \(place) does not offer TLS, and the URL asks for it (sslmode=\(location.tls.rawValue)); use sslmode=prefer or disable on a trusted network, or switch TLS on at the server"
            case .authMechanismRequiresPassword:
                return "the PostgreSQL server at \(place) asks \(location.user) for a password and none was given; put it in PGPASSWORD or in ~/.pgpass (HOST:PORT:DATABASE:USER:PASSWORD, chmod 600)"
            case .unsupportedAuthMechanism, .saslError:
                return "cannot log in to \(place) as \(location.user): the server asks for a login method innodash does not speak (\(error.code)); use scram-sha-256, md5 or trust in pg_hba.conf"
            case .serverClosedConnection, .uncleanShutdown, .clientClosedConnection:
                // While connecting: the server was never reached (no route, reset at once).
                return action == .connecting ? unreachable(error.underlying ?? error, place: place) : lostConnection(location)
            case .connectionError:
                if let underlying = error.underlying, isTLS(underlying) { return tls(underlying, location: location, place: place) }
                return unreachable(error.underlying ?? error, place: place)
            default:
                return "PostgreSQL at \(place): \(error.code)\(error.underlying.map { ": \($0)" } ?? "")"
            }
        }
        if isTLS(error) { return tls(error, location: location, place: place) }
        return unreachable(error, place: place)
    }

    private static func isTLS(_ error: any Error) -> Bool {
        error is NIOSSLError || error is NIOSSLExtraError || error is BoringSSLError
    }

    /// A TLS handshake that failed, the certificate's fault named when it is known.
    private static func tls(_ error: any Error, location: PostgresLocation, place: String) -> String {
        let text = String(describing: error)
        let failed = "the TLS handshake with \(place) failed"
        if error is NIOSSLExtraError, text.contains("failedToValidateHostname") || text.contains("hostname") {
            return "\(failed): the server's certificate does not name \(location.host ?? place); connect by the name the certificate gives, or use sslmode=verify-ca to check the authority only"
        }
        let reason: String
        if text.contains("CERTIFICATE_VERIFY_FAILED") {
            reason = location.rootCertificate == "system" ? "the server's certificate is not signed by any of the system's authorities"
                : "the server's certificate is not signed by the authority in \(location.rootCertificate ?? "the root certificate")"
        } else {
            reason = text
        }
        return "\(failed): \(reason); give the authority's certificate with sslrootcert=FILE, or use sslmode=require to encrypt without checking the certificate"
    }

    private static func unreachable(_ error: any Error, place: String) -> String {
        var reason = error is PSQLError ? "no connection could be made" : "\(error)"
        if let error = error as? IOError { reason = String(cString: strerror(error.errnoCode)) }
        if reason.contains("connection reset") || reason.contains("Connection refused") || reason.contains("connectionRefused") { reason = "connection refused" }
        if error is ChannelError, case .connectTimeout = error as! ChannelError { reason = "no answer in time" }
        return "cannot reach the PostgreSQL server at \(place) (\(reason)); check that it runs and that the host and port of the URL are right"
    }

    private static func server(state: String, message: String, location: PostgresLocation, place: String, action: Action) -> String {
        switch state {
        case "28P01":
            return "wrong password for \(location.user) at \(place); check PGPASSWORD or ~/.pgpass"
        case "28000":
            if message.contains("no encryption") || message.contains("SSL off") {
                return "the PostgreSQL server at \(place) accepts \(location.user) only over TLS; use sslmode=prefer or require in the URL, not disable"
            }
            return "the PostgreSQL server at \(place) does not let \(location.user) in: \(message); ask its administrator for a pg_hba.conf entry"
        case "3D000":
            return "the database \"\(location.database)\" does not exist on \(place); create it (createdb -O \(location.user) \(location.database)) or check the URL"
        case "42501":
            if action == .migrating {
                return "the role \(location.user) may not create innodash's tables in \(location.database) (\(message)); open it once as the database's owner, who sets it up"
            }
            if action == .writing {
                return "you may read, not write: the role \(location.user) has no right to change the figures in \(location.database); ask the database's owner to grant it"
            }
            return "the role \(location.user) may not read innodash's tables in \(location.database) (\(message)); ask the database's owner: GRANT USAGE ON SCHEMA innodash and SELECT on its tables"
        case "25006":
            return "you may read, not write: the PostgreSQL server at \(place) is read-only (a standby)"
        case "57P01", "57P02", "57P03":
            return "the PostgreSQL server at \(place) is shutting down or starting up (\(message)); try again in a moment"
        case "55000" where message.contains("not currently accepting connections"):
            return "the database \"\(location.database)\" on \(place) does not accept connections now (its administrator closed it); try again when it is back"
        case "53300":
            return "the PostgreSQL server at \(place) has no connection left (\(message)); try again later"
        case "P0001":
            return message
        default:
            return "PostgreSQL at \(place): \(message) (\(state))"
        }
    }
}
