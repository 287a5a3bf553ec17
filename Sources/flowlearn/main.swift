import FlowlearnApp
#if canImport(Glibc)
import Glibc
#endif

// The `flowlearn` executable: everything lives in FlowlearnApp so it can be tested.
let code = await FlowlearnCLI.main(Array(CommandLine.arguments.dropFirst()))
exit(code)
