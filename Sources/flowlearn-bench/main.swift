import Foundation
import FlowlearnCore
import FlowlearnFreeDict
import FlowlearnSnowball

// `flowlearn-bench`: matching speed and memory, and answer quality.
//
// Speed: for each library size, in a fresh process (so memory is that size's own), builds the
// index and answers 10 000 questions, then prints one table row.
//   flowlearn-bench                   all sizes (100 to 100 000 lessons)
//   flowlearn-bench --size N          one size
//   --classic                         the original synthetic vocabulary (100 words per language)
//
// Quality and calibration: answers labelled questions ({"q": ..., "expect": id | null} per line)
// from a content folder, for the two halves of the file (A: lines 1,3,5...; B: lines 2,4,6...) and the whole.
//   flowlearn-bench --eval --content DIR --questions FILE [--misses [A|B]] [--examples FILE]
// `--examples FILE` writes the matcher's calibration examples and the questions' top three as TSV.
//
// Both use the Snowball stemmers and the installed FreeDict dictionaries, as the daemon does
// (`--no-dictionary`: without the dictionaries).

let arguments = CommandLine.arguments
func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

func residentMegabytes(_ field: String) -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix(field + ":") {
        let kb = Double(line.split(whereSeparator: \.isWhitespace).dropFirst().first ?? "0") ?? 0
        return kb / 1024
    }
    return 0
}

/// The stemmers and dictionaries the daemon uses.
let language = LanguageResources(stemmers: (try? Stemmers.snowball()) ?? .identity,
                                 translations: arguments.contains("--no-dictionary") ? nil : try? FreeDictSource())

func measure(size: Int, queries: Int, classic: Bool) {
    var generator = SyntheticLibrary(seed: 42, classic: classic)
    let lessons = generator.lessons(size)
    let questions = (0..<queries).map { _ in generator.question(about: lessons) }
    let baseline = residentMegabytes("VmRSS")
    let clock = ContinuousClock()
    var matcher: LessonMatcher?
    let build = clock.measure {
        matcher = LessonMatcher(library: ContentLibrary(lessons: lessons), language: language)
    }
    guard let matcher else { return }
    var latencies: [Duration] = []
    latencies.reserveCapacity(questions.count)
    var answered = 0
    for question in questions {
        let start = clock.now
        let result = matcher.match(question, fallbackLanguage: .en)
        latencies.append(clock.now - start)
        if result.best != nil { answered += 1 }
    }
    latencies.sort()
    func ms(_ d: Duration) -> String { String(format: "%.3f", Double(d.components.attoseconds) / 1e15 + Double(d.components.seconds) * 1000) }
    let p50 = latencies[latencies.count / 2]
    let p99 = latencies[min(latencies.count - 1, latencies.count * 99 / 100)]
    let rss = residentMegabytes("VmHWM")
    print("| \(size) | \(ms(build)) | \(ms(p50)) | \(ms(p99)) | \(String(format: "%.1f", rss)) | \(String(format: "%.1f", rss - baseline)) | \(answered * 100 / queries)% |")
}

if arguments.contains("--eval") {
    exit(QualityEvaluation.run(content: option("--content"), questions: option("--questions"), language: language,
                               misses: arguments.contains("--misses") ? (option("--misses") ?? "all") : nil, examples: option("--examples")))
}

let classic = arguments.contains("--classic")
if let text = option("--size"), let size = Int(text) {
    measure(size: size, queries: 10_000, classic: classic)
} else {
    print("| lessons | index build (ms) | p50 query (ms) | p99 query (ms) | peak RSS (MB) | RSS for library+index (MB) | answered |")
    print("|---|---|---|---|---|---|---|")
    fflush(nil) // the rows come from child processes: the header must be out first
    for size in [100, 1_000, 10_000, 100_000] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = ["--size", String(size)] + (classic ? ["--classic"] : []) + (arguments.contains("--no-dictionary") ? ["--no-dictionary"] : [])
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            print("| \(size) | failed: \(error) |")
        }
    }
}
