import Foundation
import Testing
import FlowlearnCore
@testable import FlowlearnApp

/// Where `flowlearn run` finds the Matrix access token, in order.
@Suite struct MatrixTokenTests {
    @Test func theTokenFileWinsThenTheSystemdCredentialThenTheEnvironment() async throws {
        let directory = try TemporaryDirectory()
        try directory.write("token", "syt_from_file\n")
        try directory.write("credentials/matrix-token", "  syt_from_credential  \n")
        var matrix = FlowlearnConfig.Matrix()
        let environment = ["CREDENTIALS_DIRECTORY": directory.path + "/credentials", "FLOWLEARN_MATRIX_TOKEN": "syt_from_env"]
        matrix.tokenFile = directory.path + "/token"
        #expect(try MatrixToken.read(matrix, environment: environment) == "syt_from_file")
        matrix.tokenFile = nil
        #expect(try MatrixToken.read(matrix, environment: environment) == "syt_from_credential")
        #expect(try MatrixToken.read(matrix, environment: ["CREDENTIALS_DIRECTORY": directory.path + "/none",
                                                          "FLOWLEARN_MATRIX_TOKEN": "syt_from_env"]) == "syt_from_env")
    }

    @Test func problemsNameThePlaceButNeverTheToken() async throws {
        let directory = try TemporaryDirectory()
        try directory.write("empty", "\n")
        try directory.write("two-lines", "syt_secret_one\nsyt_secret_two\n")
        var matrix = FlowlearnConfig.Matrix()
        for (file, expected) in [("missing", "cannot read"), ("empty", "is empty"), ("two-lines", "only the token")] {
            matrix.tokenFile = directory.path + "/" + file
            do {
                _ = try MatrixToken.read(matrix, environment: [:])
                Issue.record("read a token from \(file)")
            } catch let error as MatrixToken.Missing {
                #expect(error.description.contains(expected) && error.description.contains(directory.path + "/" + file))
                #expect(!error.description.contains("syt_secret"))
            }
        }
        #expect(throws: MatrixToken.Missing.self) { try MatrixToken.read(FlowlearnConfig.Matrix(), environment: [:]) }
    }
}
