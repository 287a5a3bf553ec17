import Foundation
import Testing
import FlowlearnSQLite

/// Two connections to one file: the second waits for the first's write lock (up to its busy
/// timeout) instead of failing at once. No sleeps: the lock holder decides when to let go.
@Suite("Busy timeout between connections")
struct BusyTimeoutTests {
    private func databases(holderTimeout: Duration = .seconds(5), writerTimeout: Duration) throws
        -> (TemporaryDirectory, holder: Database, writer: Database) {
        let folder = try TemporaryDirectory()
        let holder = try Database(path: folder.path(), options: .init(busyTimeout: holderTimeout))
        try holder.execute(sql: "CREATE TABLE log (entry TEXT NOT NULL)")
        let writer = try Database(path: folder.path(), options: .init(busyTimeout: writerTimeout))
        return (folder, holder, writer)
    }

    @Test func aSecondConnectionWaitsForTheWriteLockAndThenSucceeds() throws {
        let (_, holder, writer) = try databases(writerTimeout: .seconds(30))

        try holder.execute(sql: "BEGIN IMMEDIATE")  // take the write lock
        try holder.execute(sql: "INSERT INTO log VALUES ('holder')")

        let write = BackgroundThread { try writer.execute(sql: "INSERT INTO log VALUES ('writer')") }
        write.started.wait()
        // While the lock is held the writer cannot have finished: without a busy timeout it
        // would already have failed with SQLITE_BUSY. (This bounded wait is an assertion, not
        // synchronisation: the test passes whenever the writer is still waiting.)
        let finishedWhileLocked = write.finished.wait(timeout: .now() + .milliseconds(300)) == .success
        #expect(!finishedWhileLocked, "the writer did not wait for the lock: \(String(describing: write.result))")

        try holder.execute(sql: "COMMIT")  // let go
        if !finishedWhileLocked { write.finished.wait() }
        #expect(throws: Never.self) { try write.result?.get() }
        #expect(try holder.fetchAll(sql: "SELECT entry FROM log ORDER BY rowid") { try $0.string("entry") } == ["holder", "writer"])
    }

    @Test func aWriterGivesUpAfterItsTimeoutWithATypedBusyError() throws {
        let (folder, holder, writer) = try databases(writerTimeout: .milliseconds(50))
        try holder.transaction { holder in
            try holder.execute(sql: "INSERT INTO log VALUES ('holder')")
            let error = #expect(throws: SQLiteError.self) {
                try writer.transaction { try writer.execute(sql: "INSERT INTO log VALUES ('writer')") }
            }
            #expect(error?.isBusy == true)
            #expect(error.map { ResultCode.busy ~= $0.code } == true)
            #expect(error?.path == folder.path())
            #expect(error?.sql == "BEGIN IMMEDIATE")
        }
        #expect(!writer.isInTransaction)
        #expect(try writer.fetchValue(Int.self, sql: "SELECT count(*) FROM log") == 1)
    }

    @Test func readersAreNotBlockedByAWriterInWALMode() throws {
        let (_, holder, reader) = try databases(writerTimeout: .milliseconds(50))
        try holder.execute(sql: "INSERT INTO log VALUES ('committed')")
        try holder.transaction { holder in
            try holder.execute(sql: "INSERT INTO log VALUES ('uncommitted')")
            #expect(try reader.fetchAll(sql: "SELECT entry FROM log") { try $0.string("entry") } == ["committed"])
        }
    }
}
