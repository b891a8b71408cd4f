extension String {
    /// The text of `bytes`, or nil when they are not valid UTF-8: what
    /// `String(validating:as:)` answers, without its generic path (a lookup of type metadata
    /// under a lock for every string, which made reading a plan of 10,000 targets slow and
    /// held up any other thread that did the same).
    public init?(validUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        // `String(decoding:)` replaces what is not UTF-8 by U+FFFD; bytes that come back
        // unchanged were valid.
        var text = String(decoding: bytes, as: UTF8.self)
        guard text.withUTF8({ $0.elementsEqual(bytes) }) else { return nil }
        self = text
    }
}
