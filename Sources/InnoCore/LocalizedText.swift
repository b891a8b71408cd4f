/// The two languages innodash speaks.
public enum Language: String, Sendable, CaseIterable, Codable {
    case en, zh

    /// The language a locale string such as `zh_CN.UTF-8` asks for; English otherwise.
    public init(locale: String?) {
        let lowered = (locale ?? "").lowercased()
        self = lowered.hasPrefix("zh") ? .zh : .en
    }
}

/// A text given in English and Chinese, as every name and unit in a plan is.
public struct LocalizedText: Sendable, Hashable, Codable {
    public var en: String
    public var zh: String

    public init(en: String, zh: String) {
        self.en = en
        self.zh = zh
    }

    public subscript(language: Language) -> String {
        switch language {
        case .en: en
        case .zh: zh
        }
    }
}

extension Language {
    /// The English or Chinese of a phrase, for the program's own words.
    public func text(_ en: String, _ zh: String) -> String {
        self == .zh ? zh : en
    }
}
