import Testing
@testable import FlowlearnMatrixCrypto
import FlowlearnMatrix
import FlowlearnOlm

/// Signed JSON as the specification defines it, and device keys checked with it.
struct SignedJSONTests {
    @Test func theSpecificationsSigningExampleVerifiesThroughCanonicalJSON() {
        // Appendix "Signing JSON": {"one": 1, "two": "Two"} signed by ed25519:1 of "domain".
        let object: [String: JSONValue] = [
            "two": "Two", "one": 1,
            "signatures": ["domain": ["ed25519:1": "KqmLSbO39/Bzb0QIYE82zqLwsA+PDzYIpIRA2sRQ4sL53+sN6/fpNSoqE7BP7vBZhG6kYdD13EIMJpvhJI+6Bw"]],
            "unsigned": ["age_ts": 1000000],
        ]
        #expect(SignedJSON.signable(object) == #"{"one":1,"two":"Two"}"#)
        #expect(SignedJSON.verify(object, signer: "domain", keyID: "1", publicKey: "XGX0JRS2Af3be3knz2fBiRbApjm2Dh61gXDJA8kcJNI"))
        var changed = object
        changed["two"] = "Three"
        #expect(!SignedJSON.verify(changed, signer: "domain", keyID: "1", publicKey: "XGX0JRS2Af3be3knz2fBiRbApjm2Dh61gXDJA8kcJNI"))
    }

    @Test func deviceKeysCountOnlyWhenSignedByTheDeviceForTheRightUserAndDevice() throws {
        let account = try OlmAccount.create()
        let keys = account.identityKeys
        let own = DeviceKeys.own(userID: "@ann:x", deviceID: "PHONE", curve25519: keys.curve25519, ed25519: keys.ed25519, signedBy: account)
        let device = try #require(DeviceKeys.device(user: "@ann:x", deviceID: "PHONE", keys: own))
        #expect(device.curve25519 == keys.curve25519 && device.ed25519 == keys.ed25519)
        // Listed under another user or device id: refused.
        #expect(DeviceKeys.device(user: "@eve:x", deviceID: "PHONE", keys: own) == nil)
        #expect(DeviceKeys.devices(of: "@ann:x", in: ["LAPTOP": own]).rejected == ["LAPTOP"])
        // A swapped Curve25519 key breaks the signature.
        guard case .object(var tampered) = own, case .object(var inner) = tampered["keys"]! else { Issue.record("not an object"); return }
        inner["curve25519:PHONE"] = .string(try OlmAccount.create().identityKeys.curve25519)
        tampered["keys"] = .object(inner)
        #expect(DeviceKeys.device(user: "@ann:x", deviceID: "PHONE", keys: .object(tampered)) == nil)
    }
}
