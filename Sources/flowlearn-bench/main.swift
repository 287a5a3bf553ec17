import Foundation
import FlowlearnCore

// `flowlearn-bench`: for each library size, in a fresh process (so memory is that size's own),
// builds the index and answers 10 000 questions, then prints one table row.
// `flowlearn-bench --size N` measures one size; without arguments it runs them all.

func residentMegabytes(_ field: String) -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix(field + ":") {
        let kb = Double(line.split(whereSeparator: \.isWhitespace).dropFirst().first ?? "0") ?? 0
        return kb / 1024
    }
    return 0
}

func measure(size: Int, queries: Int) {
    var generator = SyntheticLibrary(seed: 42)
    let lessons = generator.lessons(size)
    let questions = (0..<queries).map { _ in generator.question(about: lessons) }
    let baseline = residentMegabytes("VmRSS")
    let clock = ContinuousClock()
    var matcher: LessonMatcher?
    let build = clock.measure {
        matcher = LessonMatcher(library: ContentLibrary(lessons: lessons))
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

let arguments = CommandLine.arguments
if let index = arguments.firstIndex(of: "--size"), index + 1 < arguments.count, let size = Int(arguments[index + 1]) {
    measure(size: size, queries: 10_000)
} else {
    print("| lessons | index build (ms) | p50 query (ms) | p99 query (ms) | peak RSS (MB) | RSS for library+index (MB) | answered |")
    print("|---|---|---|---|---|---|---|")
    for size in [100, 1_000, 10_000, 100_000] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = ["--size", String(size)]
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            print("| \(size) | failed: \(error) |")
        }
    }
}
