// swift-tools-version:6.0
// Flowlearn: a chat-bot daemon for learning in the flow of work.
// No package dependencies: C libraries come in as system library targets.
import PackageDescription

let package = Package(
    name: "flowlearn",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "flowlearn", targets: ["flowlearn"]),
    ],
    targets: [
        // C libraries, through pkg-config, installable with apt.
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),

        // The pure core: content, matching, conversation, scheduling, summaries. Imports no C module.
        .target(name: "FlowlearnCore"),

        // Thin adapters at the edges.
        // SQLite: a small typed wrapper (connection, statements, result codes, migrations) ...
        .target(name: "FlowlearnSQLite", dependencies: ["CSQLite"]),
        // ... and Flowlearn's own schema and store on top of it.
        .target(name: "FlowlearnStore", dependencies: ["FlowlearnSQLite", "FlowlearnCore"]),
        // HTTP over libcurl, behind a protocol the chat platforms use.
        .target(name: "FlowlearnHTTP", dependencies: ["CCurl"]),
        // Matrix client-server API: the first real chat platform.
        .target(name: "FlowlearnMatrix", dependencies: ["FlowlearnCore", "FlowlearnHTTP"]),
        // xAPI: learning records as statements, sent to the organisation's learning record store.
        .target(name: "FlowlearnXAPI", dependencies: ["FlowlearnCore", "FlowlearnHTTP"]),

        // Wiring: CLI commands, the daemon, the shell platform.
        .target(
            name: "FlowlearnApp",
            dependencies: ["FlowlearnCore", "FlowlearnStore", "FlowlearnHTTP", "FlowlearnMatrix", "FlowlearnXAPI"]
        ),
        .executableTarget(name: "flowlearn", dependencies: ["FlowlearnApp"]),
        // `make bench`: matching speed and memory on synthetic libraries of growing size.
        .executableTarget(name: "flowlearn-bench", dependencies: ["FlowlearnCore"]),
        // `make bench-matrix`: the peak memory of a program with Flowlearn's runtime and C libraries
        // and nothing else, measured next to the daemon's.
        .executableTarget(name: "memory-floor", dependencies: ["CCurl", "CSQLite"]),

        // A real Synapse and real Matrix users for the tests (not shipped: only test targets use it).
        .target(name: "MatrixTestSupport", dependencies: ["FlowlearnMatrix", "FlowlearnHTTP"], path: "Tests/MatrixTestSupport"),

        .testTarget(name: "FlowlearnCoreTests", dependencies: ["FlowlearnCore"]),
        .testTarget(name: "FlowlearnSQLiteTests", dependencies: ["FlowlearnSQLite"]),
        .testTarget(name: "FlowlearnHTTPTests", dependencies: ["FlowlearnHTTP"], exclude: ["Fixtures"]),
        .testTarget(name: "FlowlearnMatrixTests", dependencies: ["FlowlearnMatrix", "FlowlearnHTTP", "FlowlearnCore", "MatrixTestSupport"]),
        .testTarget(name: "FlowlearnStoreTests", dependencies: ["FlowlearnStore", "FlowlearnSQLite", "FlowlearnCore"]),
        .testTarget(name: "FlowlearnXAPITests", dependencies: ["FlowlearnXAPI", "FlowlearnCore", "FlowlearnHTTP"]),
        .testTarget(
            name: "FlowlearnAppTests",
            dependencies: ["FlowlearnApp", "FlowlearnCore", "FlowlearnStore", "FlowlearnSQLite", "FlowlearnMatrix", "FlowlearnHTTP", "FlowlearnXAPI", "MatrixTestSupport", "flowlearn"],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
