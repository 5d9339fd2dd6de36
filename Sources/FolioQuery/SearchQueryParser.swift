/// Turns lexemes into ANDed groups of OR-alternatives, plus exclusions.
///
/// Rules:
/// * Adjacent positive terms are ANDed; `OR` joins the term before and the
///   term after into one group (`a OR b OR c` is one group of three).
/// * `NOT` excludes the next term; `-term` is the same. Excluded terms never
///   take part in OR: `a OR -b` is `a NOT b`.
/// * `AND` is the default and only cancels a pending `OR`.
/// * Operators with nothing on the side they need are ignored, and terms that
///   yield no token are dropped as if absent.
enum SearchQueryParser {
    struct Parsed {
        var alternatives: [[SearchTerm]] = []
        var exclusions: [SearchTerm] = []
    }

    static func parse(_ lexemes: [SearchQueryLexer.Lexeme]) -> Parsed {
        var parsed = Parsed()
        var pendingOr = false
        var pendingNot = false
        var lastWasPositive = false
        for lexeme in lexemes {
            switch lexeme {
            case .or:
                pendingOr = lastWasPositive
            case .and:
                pendingOr = false
            case .not:
                pendingNot = true
            case let .term(term, excluded):
                let isExcluded = excluded || pendingNot
                pendingNot = false
                guard term.isSearchable else { continue }
                if isExcluded {
                    parsed.exclusions.append(term)
                    pendingOr = false
                    lastWasPositive = false
                } else {
                    if pendingOr, !parsed.alternatives.isEmpty {
                        parsed.alternatives[parsed.alternatives.count - 1].append(term)
                    } else {
                        parsed.alternatives.append([term])
                    }
                    pendingOr = false
                    lastWasPositive = true
                }
            }
        }
        return parsed
    }
}
