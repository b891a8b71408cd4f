import Foundation
import Testing

/// `innodash check` on targets whose deadline has passed, as a script watching a plan runs it.
@Suite struct DeadlineCheckTests {
    let folder = WorkFolder()

    static let plan = """
        {"plan": {"id": "p", "title": {"en": "Plan", "zh": "规划"}, "region": {"en": "R", "zh": "区"}, "source": "letter"},
         "groups": [{"id": "g", "name": {"en": "Goals", "zh": "目标"}}],
         "targets": [
           {"id": "due2018", "group": "g", "kind": "numeric", "name": {"en": "Due 2018", "zh": "2018年"}, "unit": {"en": "%", "zh": "%"},
            "comparator": ">", "value": 2, "decimals": 2, "deadline": 2018, "baseline": {"year": 2015}, "quote": "q", "source": "s"},
           {"id": "late", "group": "g", "kind": "numeric", "name": {"en": "Late", "zh": "逾期"}, "unit": {"en": "%", "zh": "%"},
            "comparator": ">", "value": 2, "decimals": 2, "deadline": 2020, "baseline": {"year": 2015}, "quote": "q", "source": "s"}
         ]}
        """

    @Test func checkFlagsATargetPastItsDeadlineWithoutItsFigure() throws {
        try folder.write("plan.json", Self.plan)
        try folder.write("figures.csv", """
            target,year,value
            due2018,2015,1.57
            due2018,2017,1.88
            late,2015,1.57
            late,2020,1.99
            late,2022,2.05

            """)
        let check = try Program.innodash(["check", "--targets", "plan.json", "--figures", "figures.csv", "--as-of", "2023"], in: folder.url)
        #expect(check.status == 1, "\(check.stderr)")
        #expect(check.stdout == "due2018  no-deadline-figure  Due 2018\n")
        let json = try Program.innodash(["summary", "--targets", "plan.json", "--figures", "figures.csv", "--as-of", "2023", "--format", "json"], in: folder.url)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let targets = object?["targets"] as? [[String: Any]] ?? []
        #expect(targets.first?["status"] as? String == "no-deadline-figure")
        #expect(targets.first?["projection"] is NSNull)
        #expect(targets.last?["status"] as? String == "achieved-late")
        #expect(targets.last?["achievedYear"] as? Int == 2022)
        // In the deadline year itself the trend still counts: on track, nothing to flag.
        let inTheYear = try Program.innodash(["check", "--targets", "plan.json", "--figures", "figures.csv", "--as-of", "2018"], in: folder.url)
        #expect(inTheYear.status == 0 && inTheYear.stdout.isEmpty, "\(inTheYear.stdout)")
    }
}
