import Foundation
import GRDB
import InnoCore
import InnoStore
import InnoTestSupport
import Testing

/// Plans kept as read: found only for the very bytes and the build that read them, dropped
/// with the registration they belong to, and never trusted when they cannot be read.
@Suite struct ReadPlansTests {
    let folder = TemporaryFolder()
    var path: String { folder.path("figures.sqlite") }
    let reader = "build A"

    func planFile(goal: Double = 2) -> (bytes: Data, plan: Plan) {
        let bytes = Data("""
            { "plan": { "id": "p", "title": { "en": "Plan", "zh": "规划" }, "region": { "en": "Chongqing", "zh": "重庆" }, "source": "letter" },
              "groups": [ { "id": "g", "name": { "en": "Goals", "zh": "目标" } } ],
              "targets": [ { "id": "rd", "group": "g", "kind": "numeric", "name": { "en": "R&D", "zh": "研发投入强度" },
                             "unit": { "en": "%", "zh": "%" }, "comparator": ">", "value": \(goal), "deadline": 2020,
                             "quote": "「达到\(goal)%」", "source": "letter" } ] }
            """.utf8)
        return (bytes, try! PlanLoader.load(data: bytes, file: "plan.json"))
    }

    func registered(_ file: (bytes: Data, plan: Plan)) throws -> SQLiteFigureStore {
        let store = try SQLiteFigureStore(path: path)
        try store.register(StoredPlan(id: "p", content: file.bytes, file: "plan.json", isShipped: false))
        return store
    }

    @Test func aKeptPlanIsFoundForItsBytesAndItsReaderOnly() throws {
        let file = planFile()
        let store = try registered(file)
        let digest = ReadPlans.digest(of: file.bytes)
        #expect(try store.registeredPlanList().first { $0.id == "p" }?.digest == digest)
        #expect(store.readPlan(digest: digest, reader: reader) == nil)
        store.keepReadPlan(file.plan, digest: digest, reader: reader)
        #expect(store.readPlan(digest: digest, reader: reader) == file.plan)
        // Through a connection of its own, as the thread that reads the plan file asks.
        #expect(ReadPlans.lookUp(databaseAt: path, digest: digest, reader: reader) == file.plan)
        // Another build, or other bytes: not found.
        #expect(store.readPlan(digest: digest, reader: "build B") == nil)
        #expect(ReadPlans.lookUp(databaseAt: path, digest: ReadPlans.digest(of: file.bytes + Data(" ".utf8)), reader: reader) == nil)
    }

    @Test func onlyARegisteredPlanIsKeptAndAReplacedOneIsDropped() throws {
        let first = planFile(goal: 2)
        let store = try registered(first)
        let unregistered = planFile(goal: 3)
        store.keepReadPlan(unregistered.plan, digest: ReadPlans.digest(of: unregistered.bytes), reader: reader)
        #expect(store.readPlan(digest: ReadPlans.digest(of: unregistered.bytes), reader: reader) == nil)

        store.keepReadPlan(first.plan, digest: ReadPlans.digest(of: first.bytes), reader: reader)
        try store.register(StoredPlan(id: "p", content: unregistered.bytes, file: "plan.json", isShipped: false))
        // Replaced: what was kept of the old bytes goes with the registration.
        #expect(store.readPlan(digest: ReadPlans.digest(of: first.bytes), reader: reader) == nil)
        store.keepReadPlan(unregistered.plan, digest: ReadPlans.digest(of: unregistered.bytes), reader: reader)
        #expect(store.readPlan(digest: ReadPlans.digest(of: unregistered.bytes), reader: reader) == unregistered.plan)
        let rows = try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM plan_read") }
        #expect(rows == 1)

        try store.removePlan(id: "p")
        let left = try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM plan_read") }
        #expect(left == 0)
    }

    @Test(arguments: ["x'00'", "substr(plan, 1, length(plan) - 1)", "plan || x'00'", "x''"])
    func aKeptPlanThatCannotBeReadIsNotUsed(damage: String) throws {
        let file = planFile()
        let store = try registered(file)
        let digest = ReadPlans.digest(of: file.bytes)
        store.keepReadPlan(file.plan, digest: digest, reader: reader)
        try DatabaseQueue(path: path).write { db in try db.execute(sql: "UPDATE plan_read SET plan = \(damage)") }
        #expect(store.readPlan(digest: digest, reader: reader) == nil)
        #expect(ReadPlans.lookUp(databaseAt: path, digest: digest, reader: reader) == nil)
    }

    /// Another program that changes a plan's bytes leaves a digest that no longer fits
    /// them: it is cleared, so the bytes are read and no kept plan is taken for them.
    @Test func aPlanWhoseBytesAnotherProgramChangedHasNoDigest() throws {
        let file = planFile()
        let store = try registered(file)
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "UPDATE plan SET content = ? WHERE id = 'p'", arguments: [planFile(goal: 5).bytes])
        }
        #expect(try store.registeredPlanList().first { $0.id == "p" }?.digest == Data())
        // innodash registering the same bytes again keeps the digest.
        try store.register(StoredPlan(id: "p", content: file.bytes, file: "plan.json", isShipped: false))
        try store.register(StoredPlan(id: "p", content: file.bytes, file: "plan.json", isShipped: false))
        #expect(try store.registeredPlanList().first { $0.id == "p" }?.digest == ReadPlans.digest(of: file.bytes))
    }

    @Test func aDatabaseOfTheLastReleaseGetsItsPlansDigests() throws {
        let file = planFile()
        _ = try registered(file)
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: """
                DROP TABLE plan_read; DROP TRIGGER plan_digest_follows_content; ALTER TABLE plan DROP COLUMN digest;
                DELETE FROM grdb_migrations WHERE identifier = 'v6-plans-kept-read';
                PRAGMA user_version = 5;
                """)
        }
        let list = try SQLiteFigureStore(path: path).registeredPlanList()
        #expect(list.first { $0.id == "p" }?.digest == ReadPlans.digest(of: file.bytes))
        #expect(list.allSatisfy { $0.digest.count == 32 })
    }

    @Test func noPlanIsFoundInWhatIsNoDatabaseOfThisSchema() throws {
        let digest = ReadPlans.digest(of: planFile().bytes)
        #expect(ReadPlans.lookUp(databaseAt: folder.path("missing.sqlite"), digest: digest, reader: reader) == nil)
        try Data("not a database".utf8).write(to: URL(fileURLWithPath: folder.path("text.sqlite")))
        #expect(ReadPlans.lookUp(databaseAt: folder.path("text.sqlite"), digest: digest, reader: reader) == nil)
        #expect(!FileManager.default.fileExists(atPath: folder.path("missing.sqlite")))
    }
}
