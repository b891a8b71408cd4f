import Foundation
import InnoPostgres
import Testing

/// Reading a database URL and finding its password as libpq does: plain Swift, no server.
@Suite struct PostgresLocationTests {
    let none: [String: String] = [:]

    @Test func aURLGivesUserHostPortDatabaseAndPreferredTLS() throws {
        let location = try PostgresLocation.parse("postgres://analyst@db.bureau.example:5433/figures", environment: none)
        #expect(location.user == "analyst" && location.host == "db.bureau.example" && location.port == 5433)
        #expect(location.database == "figures" && location.tls == .prefer && location.socketFolder == nil)
        #expect(try PostgresLocation.parse("postgresql://a@h/d", environment: none).port == 5432)
    }

    @Test func aHostThatIsAPathIsTheFolderOfAUnixSocket() throws {
        let encoded = try PostgresLocation.parse("postgres://a@%2Ftmp%2Fpg:6000/d", environment: none)
        #expect(encoded.host == nil && encoded.socketPath == "/tmp/pg/.s.PGSQL.6000")
        let query = try PostgresLocation.parse("postgres://a@:6001/d?host=/run/pg", environment: none)
        #expect(query.socketPath == "/run/pg/.s.PGSQL.6001")
        let bare = try PostgresLocation.parse("postgres://a@/d", environment: none)
        #expect(bare.socketPath == "/var/run/postgresql/.s.PGSQL.5432")
    }

    @Test func sslmodeIsReadAndAnUnknownOneRefused() throws {
        #expect(try PostgresLocation.parse("postgres://a@h/d?sslmode=require", environment: none).tls == .require)
        #expect(try PostgresLocation.parse("postgres://a@h/d?sslmode=disable", environment: none).tls == .disable)
        #expect(try PostgresLocation.parse("postgres://a@h/d", environment: ["PGSSLMODE": "require"]).tls == .require)
        #expect(throws: LocationError.self) { try PostgresLocation.parse("postgres://a@h/d?sslmode=sometimes", environment: none) }
    }

    @Test func aPasswordInTheURLIsRefusedWithWhereToPutIt() {
        for url in ["postgres://a:secret@h/d", "postgres://a@h/d?password=secret"] {
            #expect {
                try PostgresLocation.parse(url, environment: none)
            } throws: { error in
                let message = (error as? LocationError)?.message ?? ""
                return message.contains("PGPASSWORD") && message.contains(".pgpass") && !message.contains("secret")
            }
        }
    }

    @Test func noUserTakesPGUSERThenTheLoginName() throws {
        #expect(try PostgresLocation.parse("postgres://h/d", environment: ["PGUSER": "pg", "USER": "me"]).user == "pg")
        #expect(try PostgresLocation.parse("postgres://h/d", environment: ["USER": "me"]).user == "me")
        #expect(throws: LocationError.self) { try PostgresLocation.parse("postgres://a@h", environment: none) }
        #expect(throws: LocationError.self) { try PostgresLocation.parse("postgres://a@h:99999/d", environment: none) }
    }

    @Test func theURLOfALocationReadsBackAsIt() throws {
        for url in ["postgres://a@h:5433/d?sslmode=require", "postgres://a@:6000/d?host=/tmp/x", "postgres://a@[::1]:5432/d"] {
            let location = try PostgresLocation.parse(url, environment: none)
            #expect(try PostgresLocation.parse(location.url, environment: none) == location)
        }
    }

    @Test func thePasswordFileMatchesWithWildcardsAndEscapes() {
        let file = """
            # comment
            other:5432:figures:analyst:nope
            db.example:*:figures:analyst:right
            *:*:*:analyst:fallback
            h:5432:d:we\\:ird:pa\\:ss\\\\word
            """
        #expect(PasswordFile.match(file, host: "db.example", port: 5433, database: "figures", user: "analyst") == "right")
        #expect(PasswordFile.match(file, host: "elsewhere", port: 1, database: "x", user: "analyst") == "fallback")
        #expect(PasswordFile.match(file, host: "h", port: 5432, database: "d", user: "we:ird") == "pa:ss\\word")
        #expect(PasswordFile.match(file, host: "h", port: 5432, database: "d", user: "nobody") == nil)
    }

    @Test func PGPASSWORDComesFirstAndAFileOthersMayReadIsIgnored() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pgpass-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("pgpass").path
        try "*:*:*:a:from-file\n".write(toFile: path, atomically: true, encoding: .utf8)
        let location = try PostgresLocation.parse("postgres://a@h/d", environment: none)
        chmod(path, 0o600)
        #expect(PasswordFile.password(for: location, environment: ["PGPASSFILE": path]).password == "from-file")
        #expect(PasswordFile.password(for: location, environment: ["PGPASSFILE": path, "PGPASSWORD": "env"]).password == "env")
        chmod(path, 0o644)
        let open = PasswordFile.password(for: location, environment: ["PGPASSFILE": path])
        #expect(open.password == nil && open.warning?.contains("chmod 600") == true)
    }
}
