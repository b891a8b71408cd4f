import GRDB
import InnoCore

/// The migration of a database of schema 1 or 2 (figures keyed by the targets of one plan)
/// to series: every figure and every revision row moves, with its id, to the series its
/// target tracks in that plan (the target's id in the plan's region when the plan names no
/// series, or when the plan no longer has the target), and the plan is registered. The
/// revision log is copied row for row, so history, undo and redo go on as before.
enum SeriesMigration {
    static func run(_ db: Database, plan: Plan?) throws {
        let targets = try String.fetchAll(db, sql: "SELECT target FROM figure UNION SELECT target FROM revision")
        guard let plan else {
            // A database bound to no plan holds no figure (it was never set up to the end).
            guard targets.isEmpty else { throw LegacyPlanMissing(planID: nil) }
            try createTables(db)
            return
        }
        var seriesOf: [String: SeriesID] = [:]
        var targetOf: [SeriesID: String] = [:]
        for target in targets {
            let series = plan.target(id: target)?.series ?? SeriesID(region: plan.info.regionID, indicator: target)
            if let other = targetOf[series] {
                throw StoreOpenError(.damaged, "the plan \"\(plan.info.id)\" has the targets \"\(other)\" and \"\(target)\" track one series, \(series), but the database holds figures for each; give them separate series in the plan file (\"series\") and open the database again. The file was not changed.")
            }
            seriesOf[target] = series
            targetOf[series] = target
        }
        try db.execute(sql: """
            DROP TRIGGER revision_is_append_only_update;
            DROP TRIGGER revision_is_append_only_delete;
            ALTER TABLE figure RENAME TO figure_v2;
            ALTER TABLE revision RENAME TO revision_v2;
            DROP INDEX revision_by_figure;
            DROP INDEX revision_by_change;
            DROP INDEX IF EXISTS revision_rewrites;
            CREATE TEMP TABLE legacy_series (target TEXT PRIMARY KEY, region TEXT NOT NULL, indicator TEXT NOT NULL);
            """)
        let insert = try db.makeStatement(sql: "INSERT INTO legacy_series VALUES (?, ?, ?)")
        for (target, series) in seriesOf {
            try insert.execute(arguments: [target, series.region, series.indicator])
        }
        try createTables(db)
        try db.execute(sql: """
            INSERT INTO figure (region, indicator, year, value, source, note, preliminary, entered_at)
            SELECT s.region, s.indicator, f.year, f.value, f.source, f.note, f.preliminary, f.entered_at
            FROM figure_v2 f JOIN legacy_series s ON s.target = f.target;
            INSERT INTO revision (id, change, region, indicator, year, action, old_value, old_source, old_note, old_preliminary,
                                  new_value, source, note, preliminary, at, undoes)
            SELECT r.id, r.change, s.region, s.indicator, r.year, r.action, r.old_value, r.old_source, r.old_note, r.old_preliminary,
                   r.new_value, r.source, r.note, r.preliminary, r.at, r.undoes
            FROM revision_v2 r JOIN legacy_series s ON s.target = r.target ORDER BY r.id;
            DROP TABLE figure_v2;
            DROP TABLE revision_v2;
            DROP TABLE legacy_series;
            DELETE FROM meta WHERE key = 'plan_id';
            """)
    }

    private static func createTables(_ db: Database) throws {
        if try db.tableExists("figure") {  // a database set up by a run that stopped before its plan was bound
            try db.execute(sql: """
                DROP TRIGGER IF EXISTS revision_is_append_only_update;
                DROP TRIGGER IF EXISTS revision_is_append_only_delete;
                DROP TABLE figure;
                DROP TABLE revision;
                """)
        }
        try db.execute(sql: StoreSchema.seriesTables + StoreSchema.seriesIndexes)
    }
}
