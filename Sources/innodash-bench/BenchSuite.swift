import Foundation

/// What the person running the benchmark chose.
struct BenchSettings {
    var runs: Int
    var idleSeconds: Double
    var sizes: [Int]
    var seed: UInt64
    var innodash: String
    var visiData: String?
    /// The bare ncurses program that draws the same first frame (`ncurses-floor`).
    var floor: String?
    /// An empty PostgreSQL database to measure the shipped plan's dashboard on, beside SQLite.
    var postgres: String?
    /// The folder for generated files (a temporary folder, removed at the end).
    var root = ""
}

/// Every measurement, plan by plan: the shipped plan, then each synthetic size.
final class BenchSuite {
    let settings: BenchSettings
    let progress: (String) -> Void
    private(set) var notes: [String] = []
    private var results: [FigureResult] = []

    init(settings: BenchSettings, progress: @escaping (String) -> Void) {
        self.settings = settings
        self.progress = progress
    }

    func runAll() throws -> [FigureResult] {
        progress("the shipped plan")
        let shipped = try Workload.shipped(innodash: settings.innodash, in: settings.root)
        try measure(shipped)
        if let url = settings.postgres {
            progress("the shipped plan on PostgreSQL")
            let team = try Workload.shippedOnPostgres(url, besides: shipped, innodash: settings.innodash)
            try measureTeam(team, loaded: try InProcessFigures.load(shipped))
        }
        for size in settings.sizes {
            progress("a synthetic plan of \(size) targets × 30 years")
            try measure(try Workload.synthetic(targets: size, seed: settings.seed, in: settings.root))
        }
        return results
    }

    private func add(_ workload: Workload, _ figure: String, _ unit: String, _ samples: [Double],
                     visiData: [Double]? = nil, goal: Goal? = nil) {
        results.append(FigureResult(plan: workload.name, figure: figure, unit: unit, samples: samples, visiData: visiData, goal: goal))
    }

    private func measure(_ w: Workload) throws {
        let runs = settings.runs
        let goals = Goals.forPlan(w)

        if !w.isShipped {
            progress("  import of \(w.csvRows) rows into a new database")
            var samples: [Double] = []
            for _ in 0..<runs {
                w.removeDatabase()
                samples.append(try CommandRun.run(settings.innodash, ["import", w.csvPath] + w.innodashOptions, in: w.directory).milliseconds)
            }
            add(w, "import \(w.csvRows) CSV rows (innodash import)", "ms", samples, goal: goals.importRows)
            let halves = try InProcessFigures.importHalves(w, runs: runs)
            add(w, "… of which reading the CSV (in process)", "ms", halves.read)
            add(w, "… of which writing to the database (in process)", "ms", halves.write)
        }

        progress("  open and load, assess")
        add(w, "open the database and load everything", "ms", try InProcessFigures.openAndLoad(w, runs: runs))
        let opening = try InProcessFigures.openingHalves(w, runs: runs)
        add(w, "… of which reading the plan file's JSON (a first start: later ones read the plan kept as read)", "ms", opening.plan)
        add(w, "… of which opening the database and reading the figures", "ms", opening.figures)
        let loaded = try InProcessFigures.load(w)
        add(w, "assess all \(loaded.plan.targets.count) targets", "ms",
            InProcessFigures.assessAll(loaded, runs: max(runs, 20)), goal: goals.assessAll)

        add(w, "compose one overview frame at 200×60", "ms", DashboardFigures.overviewFrame(loaded, width: 200, height: 60, runs: max(runs, 20)))

        progress("  summary --format json")
        var summary: [Double] = []
        for _ in 0..<runs {
            summary.append(try CommandRun.run(settings.innodash, ["summary", "--format", "json"] + w.innodashOptions, in: w.directory).milliseconds)
        }
        add(w, "summary --format json (whole command)", "ms", summary)

        try measureTerminal(w, loaded, goals)
    }

    /// A team database: what the analyst waits for (the command, the dashboard's frames and a
    /// save), with the same plan and figures as on SQLite, so that the rows read side by side.
    private func measureTeam(_ w: Workload, loaded: InProcessFigures.Loaded) throws {
        progress("  summary --format json")
        var summary: [Double] = []
        for _ in 0..<settings.runs {
            summary.append(try CommandRun.run(settings.innodash, ["summary", "--format", "json"] + w.innodashOptions, in: w.directory).milliseconds)
        }
        add(w, "summary --format json (whole command)", "ms", summary)
        try measureTerminal(w, loaded, Goals(), alone: true)
    }

    /// `alone`: innodash only (no VisiData, no floor: they do not read a database).
    private func measureTerminal(_ w: Workload, _ loaded: InProcessFigures.Loaded, _ goals: Goals, alone: Bool = false) throws {
        for (columns, rows) in [(80, 24), (120, 40)] {
            let size = "\(columns)×\(rows)"
            let wide = columns > 80
            let at = wide ? " at \(size)" : ""
            progress("  innodash in a \(size) pseudo-terminal, \(settings.runs) runs")
            let innodash = TerminalProgram(name: "innodash", executable: settings.innodash, arguments: w.innodashOptions,
                                           lastRowText: DashboardFigures.lastRowText(loaded, width: columns, height: rows),
                                           entryKey: wide ? nil : "e")
            let ours = try sessions(innodash, w, columns: columns, rows: rows)
            var theirs: [TerminalFigures]?
            if let vd = settings.visiData, !alone {
                progress("  VisiData in a \(size) pseudo-terminal, \(settings.runs) runs")
                let program = TerminalProgram(name: "VisiData", executable: vd, arguments: [w.csvPath],
                                              lastRowText: try VisiDataScreen.lastRowText(csv: w.csvPath, rows: rows))
                theirs = try sessions(program, w, columns: columns, rows: rows)
            }
            add(w, "launch to first full frame\(at)", "ms", ours.map(\.firstFrame), visiData: theirs?.map(\.firstFrame),
                goal: wide ? nil : goals.firstFrame)
            if let floor = settings.floor, !alone {
                progress("  the bare ncurses floor in a \(size) pseudo-terminal, \(settings.runs) runs")
                let frame = w.directory + "/floor-frame-\(columns)x\(rows).txt"
                let lines = DashboardFigures.openingFrame(loaded, width: columns, height: rows)
                try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: frame))
                let program = TerminalProgram(name: "ncurses-floor", executable: floor, arguments: [frame],
                                              lastRowText: DashboardFigures.lastRowText(loaded, width: columns, height: rows))
                let bare = try sessions(program, w, columns: columns, rows: rows)
                add(w, "… the same frame drawn by the bare ncurses floor\(at)", "ms", bare.map(\.firstFrame))
                let floorMedian = Measure.median(bare.map(\.firstFrame))
                add(w, "… innodash's first frame over the floor's\(at)", "×", ours.map { $0.firstFrame / floorMedian },
                    goal: w.isShipped && !wide ? Goal(limit: 1.2) : nil)
            }
            add(w, "one row down: key to first byte\(at)", "ms", ours.map(\.rowDownFirstByte), visiData: theirs?.map(\.rowDownFirstByte),
                goal: wide ? nil : goals.rowDownFirstByte)
            add(w, "one row down: bytes written\(at)", "bytes", ours.map { Double($0.rowDownBytes) },
                visiData: theirs?.map { Double($0.rowDownBytes) }, goal: wide ? goals.rowDownBytesWide : goals.rowDownBytes)
            guard !wide else { continue }
            add(w, "CPU time over \(Report.number(settings.idleSeconds)) s idle", "ms", ours.map(\.idleCPU),
                visiData: theirs?.map(\.idleCPU), goal: goals.idleCPU)
            add(w, "peak resident memory", "MB", ours.map { Double($0.peakKilobytes) * 1024 / 1e6 },
                visiData: theirs?.map { Double($0.peakKilobytes) * 1024 / 1e6 }, goal: goals.peakMemory)
            add(w, "a save: Enter to the updated screen", "ms", ours.compactMap(\.saveToScreen), visiData: nil, goal: goals.saveToScreen)
            if ours.contains(where: { $0.idleBytes > 0 }) {
                notes.append("\(w.name): innodash wrote to the terminal while idle (\(ours.map(\.idleBytes)) bytes).")
            }
        }
    }

    private func sessions(_ program: TerminalProgram, _ w: Workload, columns: Int, rows: Int) throws -> [TerminalFigures] {
        try (0..<settings.runs).map { _ in
            try TerminalMeasurement.session(program, columns: columns, rows: rows, directory: w.directory, home: settings.root + "/home",
                                            idleSeconds: columns > 80 ? 0.1 : settings.idleSeconds)
        }
    }
}

/// The figures innodash must reach (BENCHMARKS.md), for the shipped plan and for 10,000 targets.
struct Goals {
    var firstFrame: Goal?
    var rowDownFirstByte: Goal?
    var rowDownBytes: Goal?
    /// At 120×40, where the panels show more of the selection.
    var rowDownBytesWide: Goal?
    var saveToScreen: Goal?
    var idleCPU: Goal?
    var peakMemory: Goal?
    var assessAll: Goal?
    var importRows: Goal?

    static func forPlan(_ w: Workload) -> Goals {
        if w.isShipped {
            return Goals(firstFrame: Goal(limit: 30, ratioLimit: 0.1), rowDownFirstByte: Goal(limit: 5),
                         rowDownBytes: Goal(limit: 4096), rowDownBytesWide: Goal(limit: 4096), saveToScreen: Goal(limit: 16), idleCPU: Goal(limit: 0),
                         peakMemory: Goal(limit: 20))
        }
        if w.targetCount == 10_000 {
            return Goals(firstFrame: Goal(limit: 100), rowDownFirstByte: Goal(limit: 16), saveToScreen: Goal(limit: 16), peakMemory: Goal(limit: 150),
                         assessAll: Goal(limit: 50), importRows: Goal(limit: 3000))
        }
        return Goals()
    }
}

/// What VisiData shows of a CSV in a terminal: a menu line, the column names, then as many
/// rows as fit (21 in 80×24), then the status line.
enum VisiDataScreen {
    /// VisiData's column separator (its option `disp_column_sep`).
    static let columnSeparator = "│"

    /// The year and value of the last data row on VisiData's first screen, as VisiData
    /// draws them: once they are there, the screen is full.
    static func lastRowText(csv path: String, rows terminalRows: Int) throws -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw BenchError("cannot read \(path)") }
        defer { try? handle.close() }
        let head = String(decoding: handle.readData(ofLength: 64 * 1024), as: UTF8.self)
        let rows = head.split(separator: "\n").dropFirst().prefix(terminalRows - 3)
        guard let last = rows.last else { throw BenchError("\(path) has no rows") }
        let fields = last.split(separator: ",", omittingEmptySubsequences: false)
        guard fields.count > 2 else { throw BenchError("\(path): a row without a value") }
        return fields[1] + columnSeparator + fields[2]
    }
}
