/// Another device's identity, as its owner published it (signature checked): where room keys go.
public struct Device: Sendable, Equatable, Hashable {
    public var userID: String
    public var deviceID: String
    /// Its Curve25519 identity key: the Olm session's peer.
    public var curve25519: String
    /// Its Ed25519 signing key: signs its device keys and one-time keys.
    public var ed25519: String

    public init(userID: String, deviceID: String, curve25519: String, ed25519: String) {
        self.userID = userID
        self.deviceID = deviceID
        self.curve25519 = curve25519
        self.ed25519 = ed25519
    }

    public var ref: DeviceRef { DeviceRef(userID: userID, deviceID: deviceID) }
}

/// A device by its owner and id.
public struct DeviceRef: Sendable, Equatable, Hashable {
    public var userID: String
    public var deviceID: String
}
