// StoreWriter DATABASE REGION PREFIX COUNT [PAUSE-MS]
//
// Records COUNT figures, one transaction each, for the series REGION/PREFIX0 … REGION/PREFIX9, pausing
// PAUSE-MS milliseconds between two (as a person typing would): a second writer process for
// the test of two processes writing the same database at once, and the team benchmark
// (Benchmarks/team-writers.sh). DATABASE is an SQLite file or a postgres:// URL.
import Foundation
import InnoCore
import InnoPostgres
import InnoStore

let arguments = CommandLine.arguments
guard (5...6).contains(arguments.count), let count = Int(arguments[4]) else {
    FileHandle.standardError.write(Data("usage: StoreWriter DATABASE REGION PREFIX COUNT [PAUSE-MS]\n".utf8))
    exit(64)
}
let pause = arguments.count == 6 ? (UInt32(arguments[5]) ?? 0) : 0
do {
    let store: any FigureStore = PostgresLocation.isURL(arguments[1])
        ? try PostgresFigureStore(url: arguments[1]) : try SQLiteFigureStore(path: arguments[1])
    for index in 0..<count {
        let entry = FigureEntry(series: SeriesID(region: arguments[2], indicator: "\(arguments[3])\(index % 10)"), year: 1900 + index / 10, value: Double(index), source: "writer \(arguments[3])")
        try store.record(entry)
        if pause > 0 { usleep(pause * 1000) }
    }
} catch {
    FileHandle.standardError.write(Data("StoreWriter: \(error)\n".utf8))
    exit(1)
}
