/// Gives every display block and pull quote a role and an article: stage 5b.
enum DisplayAssigner {
    struct Assignment: Equatable {
        var role: BlockRole
        var rule: String
        var article: Int?
        /// A headline block whose first line is its kicker (`HeadGroupRule.gluedKicker`).
        var kickerLine = false
    }

    /// - Parameters:
    ///   - articleOfBlock: the article of each body/byline block (nil for others).
    ///   - articleText: the body text of each article, for bigram overlap.
    static func assign(
        blocks: [TextBlock], verdicts: [BlockVerdict], articleOfBlock: [Int?], articleText: [String]
    ) -> [Int: Assignment] {
        var result: [Int: Assignment] = [:]
        let fingerprints = articleText.map(Bigrams.init)
        var hasHeadline = Array(repeating: false, count: articleText.count)

        // Display blocks are weighed against every article: fingerprint each once.
        let blockPrints = verdicts.indices.map { b in
            verdicts[b].kind == .display ? Bigrams(blocks[b].joined) : nil
        }
        func overlap(_ block: Int, _ article: Int) -> Double {
            (blockPrints[block] ?? Bigrams(blocks[block].joined)).containment(in: fingerprints[article])
        }
        func bestArticle(_ block: Int, fallback: Int) -> Int {
            var best = fallback
            var bestScore = overlap(block, fallback)
            for a in articleText.indices where overlap(block, a) > bestScore + 1e-9 {
                best = a
                bestScore = overlap(block, a)
            }
            return best
        }
        /// A one-line block no longer than a kicker.
        func isShortLine(_ b: Int) -> Bool {
            blocks[b].lines.count == 1 && blocks[b].joined.nonWhitespaceCount <= HeadGroupRule.kickerMaximumLength
        }
        /// A one-line block no longer than a kicker, or a rubric.
        func isKickerLike(_ unit: [Int]) -> Bool {
            guard unit.count == 1, blocks[unit[0]].lines.count == 1 else { return false }
            return isShortLine(unit[0]) || RubricLabel.isRubric(blocks[unit[0]].joined)
        }
        func give(_ group: [Int], to article: Int) {
            // A word labelling the passage under it is a section head, under the group's headline.
            if group.count >= 2, let last = group.last, SectionHeadRule.isWordHead(last, blocks: blocks, verdicts: verdicts) {
                give(Array(group.dropLast()), to: article)
                result[last] = Assignment(role: .sectionHead, rule: SectionHeadRule.wordHead, article: article)
                return
            }
            // A kicker line cut from its headline (`HeadStackRule.gluedKicker`)
            // under a kicker of its own was a headline wrapped short: weigh
            // its halves as the one block they were set as.
            var units: [[Int]] = []
            for b in group {
                if HeadStackRule.isLowerHalf(verdicts[b]), let last = units.last, last.count == 1, units.count >= 2,
                   HeadStackRule.isGluedKicker(verdicts[last[0]]), last[0] == b - 1,
                   isKickerLike(units[units.count - 2]) {
                    units[units.count - 1].append(b)
                } else {
                    units.append([b])
                }
            }
            // A group holds a kicker, a headline and a deck: a cut block's
            // lower half beyond them is no section head but the rest of the
            // deck it was cut from ("黔东南一家刺绣合作社" / "带动300余名妇女就近就业").
            if !hasHeadline[article] {
                var u = 3
                while u < units.count {
                    if units[u].count == 1, HeadStackRule.isLowerHalf(verdicts[units[u][0]]), units[u - 1].last == units[u][0] - 1 {
                        units[u - 1].append(contentsOf: units.remove(at: u))
                    } else {
                        u += 1
                    }
                }
            }
            let unitBlocks = units.map { $0.count == 1 ? blocks[$0[0]] : TextBlock(lines: $0.flatMap { blocks[$0].lines }) }
            let spaced = unitBlocks.map { HeadGroupRule.isSpacedPhrases($0.texts) }
            let roles = HeadGroupRule.roles(
                count: units.count, articleHasHeadline: hasHeadline[article],
                bodyOverlap: units.indices.map { u in
                    units[u].count == 1 ? overlap(units[u][0], article) : Bigrams(unitBlocks[u].joined).containment(in: fingerprints[article])
                },
                lineCounts: unitBlocks.map { $0.lines.count },
                // An account of a visit under a rubric is the headline the rubric heads.
                dashLead: unitBlocks.indices.map { u in
                    DashDeckRule.hangsFromHeadAbove(unitBlocks[u].joined)
                        && !(u > 0 && RubricLabel.isRubric(unitBlocks[u - 1].joined) && DashDeckRule.isVisitAccount(unitBlocks[u].joined))
                },
                lengths: unitBlocks.map { $0.joined.nonWhitespaceCount },
                // A scalar search on simple text, where each scalar is a composed sequence.
                commas: unitBlocks.map { block in
                    SimpleScalars.allSimple(block.joined) ? block.joined.unicodeScalars.contains("，") : block.joined.contains("，")
                },
                spaced: spaced,
                slogan: unitBlocks.indices.map { spaced[$0] && HeadGroupRule.opensAsSlogan(unitBlocks[$0].joined) },
                widest: unitBlocks.map(\.widest),
                // A kicker cut from its headline, or a rubric: the head under it is the headline.
                gluedKicker: units.map { unit in
                    unit.count == 1 && (HeadStackRule.isGluedKicker(verdicts[unit[0]]) || RubricLabel.isRubric(blocks[unit[0]].joined))
                },
                wording: unitBlocks.map { HeadWordingRule.kind(of: $0.joined) })
            for (unit, (role, rule)) in zip(units, roles) {
                for block in unit {
                    result[block] = Assignment(role: role, rule: rule, article: article)
                }
                if role == .headline { hasHeadline[article] = true }
            }
            // A kicker set on the headline's first line: only where the group has none.
            if !roles.contains(where: { $0.0 == .kicker }),
               let u = roles.firstIndex(where: { $0.0 == .headline }), units[u].count == 1,
               HeadGroupRule.isGluedKicker(blocks[units[u][0]].texts, overlap: { Bigrams($0).containment(in: fingerprints[article]) }) {
                result[units[u][0]]?.kickerLine = true
                result[units[u][0]]?.rule += " + " + HeadGroupRule.gluedKicker
            }
        }

        // Pull quotes: the article whose text holds the sentence.
        let articlePages = verdicts.contains { $0.kind == .pullQuote } ? articleText.map { PageText([$0]) } : []
        for (i, v) in verdicts.enumerated() where v.kind == .pullQuote {
            let owner = articleText.indices.first {
                articlePages[$0].contains(PullQuoteRule.core(blocks[i].joined, for: articlePages[$0]))
            }
                ?? nearestArticle(before: i, articleOfBlock) ?? nearestArticle(after: i, articleOfBlock)
            result[i] = Assignment(role: .pullQuote, rule: "PullQuoteRule.ownerHoldsText", article: owner)
        }

        for cluster in clusters(verdicts) {
            let above = nearestArticle(before: cluster[0], articleOfBlock)
            let below = nearestArticle(after: cluster[cluster.count - 1], articleOfBlock)
            switch (above, below) {
            case (nil, nil):
                continue
            case let (nil, b?):
                give(cluster, to: b)
            case let (a?, b?) where a == b:
                for block in cluster {
                    result[block] = Assignment(role: .sectionHead, rule: SectionHeadRule.insideArticle, article: a)
                }
            case let (a?, b?):
                let overlaps = cluster.map { (above: overlap($0, a), below: overlap($0, b)) }
                let k = ClusterSplitRule.split(
                    overlaps, aboveHasHeadline: hasHeadline[a],
                    // Neither a dash-led deck nor the second half of a cut block opens the part below.
                    // Nor does a word labelling the passage under it (`SectionHeadRule.wordHead`).
                    dashLead: cluster.map {
                        DashDeckRule.hangsFromHeadAbove(blocks[$0].joined) || HeadStackRule.isLowerHalf(verdicts[$0])
                            || SectionHeadRule.isWordHead($0, blocks: blocks, verdicts: verdicts)
                    },
                    // A kicker cut from its headline goes with it, as a rubric does.
                    rubric: cluster.map { RubricLabel.isRubric(blocks[$0].joined) || HeadStackRule.isGluedKicker(verdicts[$0]) },
                    short: cluster.map(isShortLine))
                give(Array(cluster[..<k]), to: a)
                give(Array(cluster[k...]), to: b)
                for block in cluster {
                    result[block]?.rule += " + " + ClusterSplitRule.name
                }
            case let (a?, nil):
                var rest = cluster[...]
                if !hasHeadline[a] {
                    var head: [Int] = []
                    // Past the page's furniture come only heads the extraction moved to the end.
                    while let first = rest.first, head.count < 3,
                          !(head.last.map { ($0 + 1)..<first } ?? first..<first).contains(where: { verdicts[$0].kind == .furniture }),
                          bestArticle(first, fallback: a) == a || (HeadStackRule.isLowerHalf(verdicts[first]) && head.last == first - 1) {
                        head.append(first)
                        rest = rest.dropFirst()
                    }
                    if head.isEmpty, let first = rest.first { head = [first]; rest = rest.dropFirst() }
                    // The lower half of a cut block, or the head under a rubric, goes with the line above.
                    if let last = head.last, let next = rest.first, next == last + 1,
                       HeadStackRule.isLowerHalf(verdicts[next]) || RubricLabel.isRubric(blocks[last].joined) {
                        head.append(next)
                        rest = rest.dropFirst()
                    }
                    give(head, to: a)
                }
                // Heads moved to the page's end stay together: one whose words
                // are in no article goes where the nearest one with evidence goes.
                let evidenced = rest.map { block in articleText.indices.contains { overlap(block, $0) >= ClusterSplitRule.noEvidence } }
                let owners = rest.map { bestArticle($0, fallback: a) }
                for (k, block) in rest.enumerated() {
                    var owner = owners[k]
                    if !evidenced[k] {
                        let nearest = (1..<rest.count).lazy.flatMap { d in [k + d, k - d] }
                            .first { $0 >= 0 && $0 < rest.count && evidenced[$0] }
                        if let nearest { owner = owners[nearest] }
                    }
                    result[block] = Assignment(role: .sectionHead, rule: SectionHeadRule.endOfPage, article: owner)
                }
            }
        }
        headEveryArticle(&result, hasHeadline: &hasHeadline, blocks: blocks, verdicts: verdicts, articleOfBlock: articleOfBlock)
        // A section head under the words it repeats, with more to follow, was
        // lifted from them (`repeatsTextAbove`); a long one over them was set
        // before its passage (`repeatsTextBelow`). A block cut in two is
        // weighed whole or not at all.
        for (i, v) in verdicts.enumerated() where v.kind == .display && result[i]?.role == .sectionHead {
            guard !HeadStackRule.isHalf(i, of: verdicts) else { continue }
            let liftedFromAbove = (0..<i).last(where: { verdicts[$0].kind != .furniture }).map { articleOfBlock[$0] == result[i]?.article } == true
                && verdicts.indices.dropFirst(i + 1).contains(where: { verdicts[$0].kind != .furniture })
                && PullQuoteRule.liftsTextAbove(i, blocks: blocks, verdicts: verdicts)
            if liftedFromAbove {
                result[i]?.role = .pullQuote
                result[i]?.rule += " + " + PullQuoteRule.repeatsTextAbove
            } else if PullQuoteRule.liftsTextBelow(i, blocks: blocks, verdicts: verdicts) {
                result[i]?.role = .pullQuote
                result[i]?.rule += " + " + PullQuoteRule.repeatsTextBelow
            }
        }
        // `DeckRule.underHeadline` spared a repeated sentence from being a pull
        // quote because a head stood above it; if that head turned out to be a
        // section head, the block is no deck, and the repeat decides after all.
        for (i, v) in verdicts.enumerated() where v.rule == BlockClassifier.deckRule && result[i]?.role == .sectionHead {
            let owner = articleText.indices.first { a in
                let page = PageText([articleText[a]])
                return page.contains(PullQuoteRule.core(blocks[i].joined, for: page))
            } ?? result[i]?.article
            result[i] = Assignment(role: .pullQuote, rule: "PullQuoteRule.notUnderHeadline + PullQuoteRule.ownerHoldsText", article: owner)
        }
        return result
    }

    static let everyArticleHeaded = "HeadGroupRule.everyArticleHeaded"

    /// `HeadGroupRule.everyArticleHeaded`: an article left without a headline
    /// takes the nearest title of the two-head group that went whole to its
    /// neighbour across the cluster between them: the deck of the article
    /// above, set right over its own opening ("元旦假期全市道路交通平稳有序" /
    /// "全国铁路元旦假期运输启动" over "新华社北京12月31日电…"), or the kicker of
    /// the article below, set right under its own body. Every article of the
    /// blind sets has a headline (1,726 of 1,726), and a cluster between two
    /// articles heads both far more often than it holds a headline and its
    /// deck beside a headless article. The neighbour keeps its headline;
    /// a rubric, a dash-led deck or half of a cut block is never taken; an
    /// article that opens on a bracket or an editor's note ("（上接第1版）",
    /// "编者按：") continues or introduces another and takes nothing; and the
    /// cluster must touch both texts: a pull quote after a deck ("更关键的
    /// 是…保持高精度" under "量子比特数量和操控精度同步提升") keeps the deck with its
    /// headline, and a brief under it stays headless.
    private static func headEveryArticle(
        _ result: inout [Int: Assignment], hasHeadline: inout [Bool], blocks: [TextBlock], verdicts: [BlockVerdict], articleOfBlock: [Int?]
    ) {
        func movable(_ b: Int) -> Bool {
            !HeadStackRule.isHalf(b, of: verdicts) && !RubricLabel.isRubric(blocks[b].joined)
                && !DashDeckRule.hangsFromHeadAbove(blocks[b].joined)
        }
        func mayTakeHead(_ article: Int) -> Bool {
            guard let first = articleOfBlock.firstIndex(of: article), let line = blocks[first].lines.first?.text else { return false }
            let opening = line.unicodeScalars.drop(while: SimpleScalars.isWhitespace)
            return opening.first != "（" && opening.first != "(" && !opening.starts(with: "编者按".unicodeScalars)
        }
        func makeHeadline(_ block: Int, of article: Int) {
            result[block] = Assignment(role: .headline, rule: (result[block]?.rule ?? "") + " + " + everyArticleHeaded, article: article)
            hasHeadline[article] = true
        }
        for cluster in clusters(verdicts) where cluster.count >= 2 {
            guard let first = cluster.first, let last = cluster.last else { continue }
            // Only where the cluster touches both texts: nothing but furniture between.
            guard let before = verdicts.indices.prefix(first).last(where: { verdicts[$0].kind != .furniture }),
                  let after = verdicts.indices.dropFirst(last + 1).first(where: { verdicts[$0].kind != .furniture }),
                  let above = articleOfBlock[before], let below = articleOfBlock[after], above != below else { continue }
            if !hasHeadline[below], result[last]?.article == above, result[last]?.role == .deck, movable(last), mayTakeHead(below) {
                makeHeadline(last, of: below)
            } else if !hasHeadline[above], result[first]?.article == below, result[first]?.role == .kicker, movable(first),
                      mayTakeHead(above) {
                makeHeadline(first, of: above)
            }
        }
    }

    /// Maximal runs of display blocks, ignoring furniture between them.
    static func clusters(_ verdicts: [BlockVerdict]) -> [[Int]] {
        var result: [[Int]] = []
        var current: [Int] = []
        for (i, v) in verdicts.enumerated() {
            switch v.kind {
            case .display: current.append(i)
            case .furniture: continue
            default:
                if !current.isEmpty { result.append(current) }
                current = []
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    static func nearestArticle(before block: Int, _ articleOfBlock: [Int?]) -> Int? {
        articleOfBlock[..<block].reversed().lazy.compactMap { $0 }.first
    }

    static func nearestArticle(after block: Int, _ articleOfBlock: [Int?]) -> Int? {
        guard block + 1 < articleOfBlock.count else { return nil }
        return articleOfBlock[(block + 1)...].lazy.compactMap { $0 }.first
    }
}
