import Crypto
import Foundation
import GRDB
import InnoCore

/// Plans kept as innodash read them from their files (`PlanCodec`'s form), by the SHA-256
/// of the file's bytes, so that a large plan is not read from its JSON at every start: a
/// plan of 10,000 targets is 3.4 MB of JSON, and its reading took longer than everything
/// else of the first frame together (BENCHMARKS.md).
///
/// Only ever a copy. A kept plan is used for exactly the bytes it was read from, and only
/// by the build of innodash that read it (`reader`: another build may read a file
/// otherwise); one not found, or that cannot be read, is read from the bytes again. Only
/// plans registered in the database are kept, and a plan's replacement drops what was kept
/// of the bytes it replaced.
public enum ReadPlans {
    /// The kept plans, and a trigger for a plan whose bytes another program changed without
    /// its digest (the `sqlite3` shell): its digest is cleared, so it is read from its bytes.
    /// A plan row another program inserted has none either.
    static let schema = """
        CREATE TABLE plan_read (
            digest BLOB PRIMARY KEY NOT NULL,
            reader TEXT NOT NULL,
            plan BLOB NOT NULL
        );
        CREATE TRIGGER plan_digest_follows_content AFTER UPDATE OF content ON plan
        WHEN NEW.content IS NOT OLD.content AND NEW.digest IS OLD.digest
        BEGIN UPDATE plan SET digest = NULL WHERE rowid = NEW.rowid; END;
        """

    /// The SHA-256 of a plan file's bytes: what `plan.digest` holds and a kept plan is found by.
    public static func digest(of content: Data) -> Data {
        Data(SHA256.hash(data: content))
    }

    /// The plan kept for `digest` by `reader` in the database at `path`, through a read-only
    /// connection of its own: how the thread that reads the plan file finds it while the
    /// main thread opens the database. Nil for any failure (no such file, another kind of
    /// file, a database of an older schema, a kept plan that does not decode).
    /// Ask only of a database that existed before this run opened it: a file being made
    /// must not be opened by a second connection.
    public static func lookUp(databaseAt path: String, digest: Data, reader: String) -> Plan? {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(1)
        configuration.label = "innodash plans kept read"
        guard let queue = try? DatabaseQueue(path: path, configuration: configuration) else { return nil }
        return try? queue.read { db in try lookUp(db, digest: digest, reader: reader) }
    }

    static func lookUp(_ db: Database, digest: Data, reader: String) throws -> Plan? {
        let sql = "SELECT plan FROM plan_read WHERE digest = ? AND reader = ?"
        guard let row = try Row.fetchOne(db, sql: sql, arguments: [digest, reader]) else { return nil }
        return try row.withUnsafeData(atIndex: 0) { data in
            data.flatMap { $0.withUnsafeBytes { PlanCodec.decode($0) } }
        }
    }

    /// Keeps `plan` as read from the bytes of `digest`, if a registered plan has those bytes.
    static func keep(_ plan: Plan, digest: Data, reader: String, in db: Database) throws {
        try db.execute(sql: """
            INSERT OR REPLACE INTO plan_read (digest, reader, plan)
            SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM plan WHERE digest = ?)
            """, arguments: [digest, reader, Data(PlanCodec.encode(plan)), digest])
    }

    /// Drops what is kept for bytes no registered plan has any more: in the transaction that
    /// registers (and so may replace) or removes a plan.
    static func dropUnregistered(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM plan_read WHERE digest NOT IN (SELECT digest FROM plan WHERE digest IS NOT NULL)")
    }
}
