import Foundation
import GRDB
import Testing

/// A plan file given with `--targets` is kept in the database as innodash read it, and the
/// next start reads that instead of the file's JSON: what the analyst sees is the same
/// either way, a changed file is still told, and a kept plan that cannot be read is not used.
@Suite struct KeptPlanTests {
    let folder = WorkFolder()

    func plan(goal: Int) -> String {
        #"{"plan": {"id": "kept", "title": {"en": "Kept plan", "zh": "规划"}, "region": {"en": "Chongqing", "zh": "重庆"}, "source": "letter"}, "#
            + #""groups": [{"id": "g", "name": {"en": "Goals", "zh": "目标"}}], "targets": ["#
            + #"{"id": "rd", "group": "g", "kind": "numeric", "name": {"en": "R&D intensity", "zh": "研发投入强度"}, "unit": {"en": "%", "zh": "%"}, "#
            + #""comparator": ">=", "value": \#(goal), "deadline": 2025, "quote": "「达到\#(goal)%」", "source": "letter"}]}"#
    }

    func summary() throws -> Program.Result {
        try Program.innodash(["summary", "--targets", "plan.json", "--db", "kept.sqlite"], in: folder.url)
    }

    /// The kept plans, each with whether a registered plan has the bytes it was read from.
    func kept() throws -> [Bool] {
        try DatabaseQueue(path: folder.path("kept.sqlite")).read { db in
            try Bool.fetchAll(db, sql: "SELECT EXISTS (SELECT 1 FROM plan WHERE plan.digest = plan_read.digest) FROM plan_read")
        }
    }

    @Test func theKeptPlanShowsWhatTheFileSaysAndAChangedFileIsStillTold() throws {
        try folder.write("plan.json", plan(goal: 3))
        let first = try summary()
        #expect(first.status == 0)
        #expect(first.stdout.contains(">= 3%"))
        #expect(try kept() == [true])

        let second = try summary()
        #expect(second.status == 0 && second.stderr.isEmpty)
        #expect(second.stdout == first.stdout)

        try folder.write("plan.json", plan(goal: 4))
        let changed = try summary()
        #expect(changed.status == 65)
        #expect(changed.stderr.contains("plan.json changed since the plan \"kept\" was registered"))

        let replaced = try Program.innodash(["plan", "add", "plan.json", "--replace", "--db", "kept.sqlite"], in: folder.url)
        #expect(replaced.status == 0)
        let after = try summary()
        #expect(after.status == 0)
        #expect(after.stdout.contains(">= 4%") && !after.stdout.contains(">= 3%"))
        #expect(try kept() == [true])  // what was kept of the old bytes is gone
    }

    @Test func aKeptPlanThatCannotBeReadIsReadFromTheFile() throws {
        try folder.write("plan.json", plan(goal: 3))
        let first = try summary()
        #expect(first.status == 0)
        try DatabaseQueue(path: folder.path("kept.sqlite")).write { db in
            try db.execute(sql: "UPDATE plan_read SET plan = substr(plan, 1, length(plan) / 2)")
        }
        let second = try summary()
        #expect(second.status == 0 && second.stderr.isEmpty)
        #expect(second.stdout == first.stdout)
    }
}
