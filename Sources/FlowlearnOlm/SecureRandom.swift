import COlm
#if canImport(Glibc)
import Glibc
#endif

/// Random bytes for libolm's key generation, from the kernel (`getrandom(2)`): libolm takes its
/// randomness from the caller.
public enum SecureRandom {
    /// `count` random bytes. Blocks only until the kernel's pool is initialised at boot.
    public static func bytes(_ count: Int) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let got = buffer.withUnsafeMutableBytes { raw in
                flowlearn_getrandom(raw.baseAddress! + filled, count - filled)
            }
            if got > 0 { filled += got } else if errno != EINTR {
                // getrandom cannot fail on Linux ≥ 3.17 with a valid buffer; never use weak randomness.
                fatalError("getrandom failed: errno \(errno)")
            }
        }
        return buffer
    }
}
