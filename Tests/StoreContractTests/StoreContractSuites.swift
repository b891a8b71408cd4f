import Foundation
import Testing

// The one contract (StoreContract.swift), run against each store.

@Suite("Store contract: in memory") struct InMemoryStoreContract {
    @Test(arguments: Behaviour.inMemory) func holds(_ behaviour: Behaviour) throws {
        try behaviour.check(InMemoryMaker())
    }
}

@Suite("Store contract: SQLite") struct SQLiteStoreContract {
    @Test(arguments: Behaviour.allCases) func holds(_ behaviour: Behaviour) throws {
        try behaviour.check(SQLiteMaker())
    }
}

// Skipped, with this reason shown, where no server is given: `swift test` passes on a
// machine without PostgreSQL; `.ci/run` starts one and sets the variable.
@Suite("Store contract: PostgreSQL", .enabled(if: postgresURL != nil, "INNODASH_TEST_POSTGRES is not set: no PostgreSQL server to test against (.ci/run starts one)"))
struct PostgresStoreContract {
    @Test(arguments: Behaviour.allCases) func holds(_ behaviour: Behaviour) throws {
        try behaviour.check(try PostgresMaker())
    }
}
