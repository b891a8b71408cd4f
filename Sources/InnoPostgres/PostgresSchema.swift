/// The layout of a team database, in the schema `innodash`, and the migrations that build
/// it. It mirrors the SQLite store's (`StoreSchema.seriesTables`): the same tables and
/// columns, the revision log append-only by a trigger, plus the author of each revision
/// (the database role that made it).
///
/// Migrations are named and never edited once shipped; `innodash.migration` lists the
/// ones applied. They run in one transaction under an advisory lock, so two clients
/// opening a new database at once set it up once.
enum PostgresSchema {
    /// The key of the advisory lock migrations and first loads hold ("inno").
    static let migrationLock: Int64 = 0x696E_6E6F
    /// The key of the advisory lock every change holds, so that changes are made one at a
    /// time and revision ids follow each other (as SQLite's IMMEDIATE transactions do).
    static let writeLock: Int64 = 0x696E_6E70

    static let migrations: [(name: String, sql: String)] = [
        ("v1-figures-by-series", """
            CREATE TABLE innodash.meta (
                key text PRIMARY KEY,
                value text NOT NULL
            );
            CREATE TABLE innodash.figure (
                region text NOT NULL,
                indicator text NOT NULL,
                year integer NOT NULL,
                value double precision NOT NULL,
                source text NOT NULL,
                note text NOT NULL,
                preliminary boolean NOT NULL,
                entered_at timestamptz NOT NULL,
                PRIMARY KEY (region, indicator, year)
            );
            CREATE TABLE innodash.revision (
                id bigint PRIMARY KEY,
                change bigint NOT NULL,
                region text NOT NULL,
                indicator text NOT NULL,
                year integer NOT NULL,
                action text NOT NULL CHECK (action IN ('enter', 'revise', 'delete', 'import', 'undo', 'redo')),
                old_value double precision,
                old_source text NOT NULL,
                old_note text NOT NULL,
                old_preliminary boolean NOT NULL,
                new_value double precision,
                source text NOT NULL,
                note text NOT NULL,
                preliminary boolean NOT NULL,
                at timestamptz NOT NULL,
                undoes bigint,
                author text DEFAULT current_user
            );
            CREATE INDEX revision_by_figure ON innodash.revision (region, indicator, year);
            CREATE INDEX revision_by_change ON innodash.revision (change);
            CREATE INDEX revision_rewrites ON innodash.revision (region, indicator, year) WHERE old_value IS NOT NULL OR new_value IS NULL;
            CREATE TABLE innodash.plan (
                id text PRIMARY KEY,
                content bytea NOT NULL,
                file text NOT NULL,
                shipped boolean NOT NULL,
                registered_at timestamptz NOT NULL,
                position bigserial NOT NULL
            );
            CREATE FUNCTION innodash.refuse_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'the revision log is append-only';
            END
            $$;
            CREATE TRIGGER revision_is_append_only BEFORE UPDATE OR DELETE ON innodash.revision
                FOR EACH ROW EXECUTE FUNCTION innodash.refuse_rewrite();
            CREATE TRIGGER revision_is_never_truncated BEFORE TRUNCATE ON innodash.revision
                FOR EACH STATEMENT EXECUTE FUNCTION innodash.refuse_rewrite();
            """),
        // What-if figures, apart from the official ones: no revision log, never exported
        // (the SQLite store's `v4-scenario`).
        ("v2-scenario", """
            CREATE TABLE innodash.scenario (
                region text NOT NULL,
                indicator text NOT NULL,
                year integer NOT NULL,
                value double precision NOT NULL,
                at timestamptz NOT NULL,
                PRIMARY KEY (region, indicator, year)
            );
            """),
    ]

    /// The columns of `revision` in the order the store reads them.
    static let revisionColumns = """
        id, change, region, indicator, year, action, old_value, old_source, old_note, old_preliminary,
        new_value, source, note, preliminary, at, undoes, author
        """
}
