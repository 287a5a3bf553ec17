// memory-floor: the smallest program built like Flowlearn's daemon (Swift runtime, libcurl,
// SQLite, libolm, FoundationEssentials; no Flowlearn code). `make bench-matrix` runs it next to the daemon
// and reports its peak resident memory as the floor the daemon's own figure stands on.
//
// It initialises libcurl (as every transfer needs), makes one HTTP request when given a URL,
// opens an SQLite database in WAL mode and writes one row, asks libolm its version, decodes a
// little JSON, then prints
// its VmHWM in kB and exits.
import CCurl
import COlm
import CSQLite
import FoundationEssentials
import Glibc

guard curl_global_init(Int(CURL_GLOBAL_ALL)) == CURLE_OK, let curl = curl_easy_init() else {
    print("memory-floor: curl initialisation failed")
    exit(1)
}
if CommandLine.arguments.count > 1 {
    _ = flowlearn_curl_setopt_string(curl, CURLOPT_URL, CommandLine.arguments[1])
    _ = flowlearn_curl_setopt_write_callback(curl, CURLOPT_WRITEFUNCTION) { _, size, count, _ in size * count }
    _ = curl_easy_perform(curl)
}
curl_easy_cleanup(curl)

let path = "/tmp/flowlearn-memory-floor-\(getpid()).sqlite"
var db: OpaquePointer?
if sqlite3_open(path, &db) == SQLITE_OK {
    sqlite3_exec(db, "PRAGMA journal_mode = WAL; CREATE TABLE t (a TEXT); INSERT INTO t VALUES ('x')", nil, nil, nil)
}
sqlite3_close(db)
for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }

var (olmMajor, olmMinor, olmPatch): (UInt8, UInt8, UInt8) = (0, 0, 0)
olm_get_library_version(&olmMajor, &olmMinor, &olmPatch)
precondition(olmMajor == 3)

struct Event: Codable { var type: String; var content: [String: String] }
let event = try JSONDecoder().decode(Event.self, from: Data(#"{"type":"m.room.message","content":{"body":"hi"}}"#.utf8))
precondition(event.type == "m.room.message")

let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? "VmHWM: 0 kB"
print(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "0")
