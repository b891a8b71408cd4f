import Foundation
import InnoCore
import InnoPostgres
import InnoStore
import Testing

/// What a team database adds to the contract: who made each change, the other dashboards
/// told at once, set-up by two clients at once, and each fault in one clear line.
@Suite(.enabled(if: postgresURL != nil, "INNODASH_TEST_POSTGRES is not set: no PostgreSQL server to test against (.ci/run starts one)"))
struct PostgresTeamTests {
    let rd = SeriesID(region: "r", indicator: "rd_gdp")

    func url(_ base: String, user: String? = nil, database: String? = nil, port: Int? = nil, tls: PostgresLocation.TLSMode? = nil) throws -> String {
        var location = try PostgresLocation.parse(base)
        if let user { location.user = user }
        if let database { location.database = database }
        if let port { location.port = port }
        if let tls { location.tls = tls }
        return location.url
    }

    /// The message of opening `url`, which must fail.
    func failure(_ url: String, environment: [String: String] = [:]) -> String {
        do {
            _ = try PostgresFigureStore(url: url, environment: environment)
            return "opened"
        } catch {
            return error.message
        }
    }

    @Test func eachChangeRecordsTheRoleThatMadeIt() throws {
        let maker = try PostgresMaker()
        let store = try maker.open()
        try store.record(FigureEntry(series: rd, year: 2020, value: 2.1))
        #expect(try store.history(series: rd, year: nil).map(\.author) == ["innodash"])
    }

    @Test func anotherClientsChangeWakesTheListenerWithinASecond() throws {
        let maker = try PostgresMaker()
        let mine = try #require(try maker.open() as? PostgresFigureStore)
        let woken = Failures()
        mine.onChangeElsewhere = { woken.add("woken") }
        let started = Date()
        try maker.open().record(FigureEntry(series: rd, year: 2020, value: 2.1))
        while woken.all.isEmpty && Date().timeIntervalSince(started) < 1 { Thread.sleep(forTimeInterval: 0.01) }
        #expect(!woken.all.isEmpty)
        #expect(mine.changedElsewhere())
    }

    @Test func twoClientsSettingUpANewDatabaseAtOnceLoadItOnce() throws {
        let maker = try PostgresMaker()
        let seed = (2000..<2100).map { FigureEntry(series: rd, year: $0, value: Double($0)) }
        let created = Failures()
        let url = maker.url
        DispatchQueue.concurrentPerform(iterations: 3) { _ in
            do {
                let store = try PostgresFigureStore(url: url, opening: StoreOpening(seeding: { seed }))
                if store.wasCreated { created.add("created") }
            } catch {
                created.add("failed: \(error)")
            }
        }
        #expect(created.all == ["created"])
        #expect(try maker.open().history(series: rd, year: nil).count == 100)
    }

    @Test func aLostConnectionIsOpenedAgainByTheNextChange() throws {
        let maker = try PostgresMaker()
        let store = try maker.open()
        try store.record(FigureEntry(series: rd, year: 2019, value: 1.9))
        try PostgresAdmin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()", url: maker.url)
        Thread.sleep(forTimeInterval: 0.2)
        try store.record(FigureEntry(series: rd, year: 2020, value: 2.1))
        #expect(try store.figures().count == 2)
    }

    @Test func aRoleThatMayOnlyReadIsToldSo() throws {
        let maker = try PostgresMaker()
        try maker.open().record(FigureEntry(series: rd, year: 2020, value: 2.1))
        let reader = "reader_" + UUID().uuidString.prefix(8).lowercased()
        try PostgresAdmin.execute("CREATE ROLE \(reader) LOGIN;\nGRANT USAGE ON SCHEMA innodash TO \(reader);\nGRANT SELECT ON ALL TABLES IN SCHEMA innodash TO \(reader)", url: maker.url)
        defer { try? PostgresAdmin.execute("DROP OWNED BY \(reader);\nDROP ROLE \(reader)", url: maker.url) }
        let store = try PostgresFigureStore(url: try url(maker.url, user: reader))
        #expect(try store.figures().count == 1)
        #expect {
            try store.record(FigureEntry(series: rd, year: 2021, value: 2.2))
        } throws: { error in
            (error as? StoreError)?.message.hasPrefix("you may read, not write") == true
        }
    }

    @Test func anUnknownDatabaseIsOneClearLine() throws {
        let message = failure(try url(postgresURL!, database: "no_such_database"))
        #expect(message.contains("\"no_such_database\" does not exist") && !message.contains("\n"))
    }

    @Test func aServerThatIsNotThereIsOneClearLineSoon() throws {
        let started = Date()
        let message = failure("postgres://innodash@127.0.0.1:1/innodash_test?sslmode=disable")
        #expect(message.contains("cannot reach the PostgreSQL server") && !message.contains("\n"))
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["INNODASH_TEST_POSTGRES_TCP"] != nil, "INNODASH_TEST_POSTGRES_TCP is not set: no TCP login to try"))
    func passwordsOverTCPAreCheckedAndTLSRequiredIsToldInOneLine() throws {
        let tcp = ProcessInfo.processInfo.environment["INNODASH_TEST_POSTGRES_TCP"]!
        let wrong = failure(try url(tcp, tls: .disable), environment: ["PGPASSWORD": "wrong"])
        #expect(wrong.hasPrefix("wrong password for innodash"))
        let missing = failure(try url(tcp, tls: .disable), environment: ["PGPASSFILE": "/nonexistent"])
        #expect(missing.contains("PGPASSWORD"))
        let tls = failure(try url(tcp, tls: .require), environment: ["PGPASSWORD": "innodash-ci"])
        #expect(tls.contains("does not offer TLS"))
        // prefer: plain when the server offers no TLS, as libpq does.
        let maker = try PostgresMaker()
        let preferred = try url(tcp, database: maker.database, tls: .prefer)
        #expect(throws: Never.self) { _ = try PostgresFigureStore(url: preferred, environment: ["PGPASSWORD": "innodash-ci"]) }
    }
}

/// A server that speaks TLS only, its certificate signed by an authority of the test's own
/// for localhost (.ci/postgres-cluster.sh): each sslmode does what libpq's does, and each
/// refusal is one line that says what to do.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["INNODASH_TEST_POSTGRES_TLS"] != nil,
                "INNODASH_TEST_POSTGRES_TLS is not set: no TLS server to test against (.ci/run starts one)"))
struct PostgresTLSTests {
    let server = ProcessInfo.processInfo.environment["INNODASH_TEST_POSTGRES_TLS"] ?? ""
    let authority = ProcessInfo.processInfo.environment["INNODASH_TEST_POSTGRES_TLS_CA"] ?? ""
    let password = ["PGPASSWORD": "innodash-ci", "HOME": "/nonexistent"]

    func url(_ query: String, host: String = "127.0.0.1") -> String {
        server.replacingOccurrences(of: "127.0.0.1", with: host) + "?" + query
    }

    /// Opens the store; nil when it opened, else its message.
    func failure(_ url: String, environment: [String: String]) -> String? {
        do {
            _ = try PostgresFigureStore(url: url, environment: environment)
            return nil
        } catch {
            return error.message
        }
    }

    @Test func theCertificateIsCheckedAgainstTheGivenAuthorityAndName() {
        #expect(failure(url("sslmode=verify-full&sslrootcert=\(authority)", host: "localhost"), environment: password) == nil)
        #expect(failure(url("sslmode=verify-ca"), environment: password.merging(["PGSSLROOTCERT": authority]) { $1 }) == nil)
        #expect(failure(url("sslmode=require"), environment: password) == nil, "require encrypts without checking")
        #expect(failure(url("sslmode=prefer"), environment: password) == nil)
    }

    @Test func aCertificateForAnotherNameIsRefusedByVerifyFullOnly() throws {
        // The certificate names localhost, not 127.0.0.1.
        let full = try #require(failure(url("sslmode=verify-full&sslrootcert=\(authority)"), environment: password))
        #expect(full.contains("TLS handshake with 127.0.0.1") && full.contains("does not name 127.0.0.1") && full.contains("sslmode=verify-ca") && !full.contains("\n"), "\(full)")
        #expect(failure(url("sslmode=verify-ca&sslrootcert=\(authority)"), environment: password) == nil)
    }

    @Test func anUnknownAuthorityOrNoneIsOneLineSayingWhatToDo() throws {
        let missing = try #require(failure(url("sslmode=verify-ca"), environment: password))
        #expect(missing.contains("/nonexistent/.postgresql/root.crt cannot be read") && missing.contains("sslrootcert=FILE") && !missing.contains("\n"), "\(missing)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("innodash-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let notACertificate = folder.appendingPathComponent("root.crt")
        try Data("not a certificate\n".utf8).write(to: notACertificate)
        let garbage = try #require(failure(url("sslmode=verify-full&sslrootcert=\(notACertificate.path)", host: "localhost"), environment: password))
        #expect(garbage.contains("holds no certificate in PEM form") && !garbage.contains("by_file") && !garbage.contains("\n"), "\(garbage)")
        let isFolder = try #require(failure(url("sslmode=verify-full&sslrootcert=\(folder.path)", host: "localhost"), environment: password))
        #expect(isFolder.contains("is a folder, not a certificate file"), "\(isFolder)")
        let system = try #require(failure(url("sslmode=verify-full&sslrootcert=system"), environment: password), "the system does not know the test's authority")
        #expect(system.contains("not signed by any of the system's authorities") && !system.contains("cannot reach") && !system.contains("\n"), "\(system)")
    }

    @Test func noTLSWhereTheServerAsksForItIsOneLine() throws {
        let plain = try #require(failure(url("sslmode=disable"), environment: password))
        #expect(plain.contains("accepts innodash only over TLS") && !plain.contains("\n"), "\(plain)")
    }
}
